const BERLIN_DAY = new Intl.DateTimeFormat('en', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The day of an instant in the programme's time zone, YYYY-MM-DD (an agency leaves on a day, a
 * tenancy runs from one day to another), from the formatter's parts: not from a locale's way of
 * writing a date.
 */
export function berlinDay(instant: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    BERLIN_DAY.formatToParts(instant).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
