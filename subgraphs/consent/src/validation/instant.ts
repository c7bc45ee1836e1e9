/**
 * ISO 8601 instants as the API takes them: a calendar date, a time and an offset (at most 14
 * hours either way), e.g. 2026-11-23T10:00:00Z or 2026-11-23T11:00+01:00, from 1900 to 9999 in
 * UTC — the instants the API itself writes, and PostgreSQL reads. Unlike `Date.parse`, impossible
 * dates such as 2026-02-30 are refused instead of rolled over, and so are fractions of a
 * millisecond: the registry keeps milliseconds, and cutting finer ones off would silently store
 * (or, as a bound of the access log, read) another instant than the one given.
 */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const MAX_OFFSET_MINUTES = 14 * 60;
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

const daysIn = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why a text was refused as an instant (every field and argument that takes one says so). */
export const notAnInstant = (argument: string): string =>
  `${argument} must be an ISO 8601 instant with an offset and at most three decimals of a second, from 1900 to 9999 (UTC), e.g. 2026-11-23T10:00:00Z`;

/** The instant, or null when the text is not one. */
export function parseInstant(text: string): Date | null {
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const millis = Number((match[7] ?? '').padEnd(3, '0'));
  const offsetSign = match[9] === '-' ? -1 : 1;
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined ||
    // An offset moves the date by at most a day; and Date.UTC reads the years 0–99 as 1900–1999.
    year < FIRST_YEAR - 1 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetMinutes > 59 ||
    offsetHours * 60 + offsetMinutes > MAX_OFFSET_MINUTES
  ) {
    return null;
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const instant = new Date(local - offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000);
  // Bounded after the offset: 9999-12-31T23:59-01:00 is in the year 10000.
  const utcYear = instant.getUTCFullYear();
  return utcYear < FIRST_YEAR || utcYear > LAST_YEAR ? null : instant;
}
