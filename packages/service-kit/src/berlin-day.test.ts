import { berlinDay } from './berlin-day';

describe('berlinDay: the programme’s days (an agency leaving, a tenancy in force) are days in Europe/Berlin', () => {
  test.each([
    // Winter time (UTC+1): the day begins at 23:00 UTC of the day before.
    ['2026-01-30T22:59:59.999Z', '2026-01-30'],
    ['2026-01-30T23:00:00.000Z', '2026-01-31'],
    // Summer time (UTC+2): at 22:00 UTC.
    ['2026-07-14T21:59:59.999Z', '2026-07-14'],
    ['2026-07-14T22:00:00.000Z', '2026-07-15'],
    // The nights the clocks change: 2026-03-29 (to summer time), 2026-10-25 (to winter time).
    ['2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['2026-10-25T22:59:59.999Z', '2026-10-25'],
    ['2026-10-25T23:00:00.000Z', '2026-10-26'],
    ['2026-12-31T23:30:00.000Z', '2027-01-01'],
  ])('%s is %s', (instant, day) => {
    expect(berlinDay(new Date(instant))).toBe(day);
  });
});
