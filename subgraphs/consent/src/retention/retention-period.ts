import { OperatorRefused } from '../operator/operator-refused';

/** How long something is kept: a whole number of days, months or years. */
export interface RetentionPeriod {
  amount: number;
  unit: 'days' | 'months' | 'years';
  /** As the operator wrote it, e.g. 2y. */
  text: string;
}

const UNITS = { d: 'days', m: 'months', y: 'years' } as const;

/**
 * The shortest period the command takes: a year. A shorter one is more likely a slip of the
 * finger (1d for 1y) than a programme's decision, and what is deleted cannot be brought back.
 */
const AT_LEAST = { days: 365, months: 12, years: 1 } as const;
const AT_MOST = { days: 36_500, months: 1_200, years: 100 } as const;

/** A period such as 400d, 18m or 2y, from a year to a hundred; anything else is refused. */
export function retentionPeriod(text: string, option: string): RetentionPeriod {
  const match = /^([1-9]\d{0,5})([dmy])$/.exec(text);
  const unit = match ? UNITS[match[2] as keyof typeof UNITS] : undefined;
  const amount = match ? Number(match[1]) : Number.NaN;
  if (!unit || amount < AT_LEAST[unit] || amount > AT_MOST[unit]) {
    throw new OperatorRefused(
      `${option} takes a period of at least a year and at most a hundred, in days, months or years: 400d, 18m or 2y (got ${JSON.stringify(text)})`,
    );
  }
  return { amount, unit, text };
}

/** The most one run deletes (--at-most): a whole number from 1 to 10,000,000. */
export function atMostPerRun(text: string): number {
  const amount = /^[1-9]\d{0,7}$/.test(text) ? Number(text) : Number.NaN;
  if (!(amount <= 10_000_000)) {
    throw new OperatorRefused(
      `--at-most takes a whole number from 1 to 10000000 (got ${JSON.stringify(text)})`,
    );
  }
  return amount;
}
