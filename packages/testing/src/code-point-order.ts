/**
 * Code-point order, as PostgreSQL orders uuids (and ISO dates, and text in the collation "C"):
 * what a test sorts its expectations by, whatever the locale it runs in.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
