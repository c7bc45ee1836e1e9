import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { LOCK_WAIT_SECONDS, rethrowLockWait } from '../operator/registry-owner';
import { withTriggersOff, type RegistryTable } from '../registry-triggers';
import type { RetentionPeriod } from './retention-period';

/** What is kept how long: the access log's records, and consents once they ended. */
export interface Retention {
  accessLog?: RetentionPeriod;
  endedConsents?: RetentionPeriod;
  /**
   * At most this many access-log records, and as many consents, in one run: the registry's
   * writes wait while it runs (ADR 0024), so a large backlog is deleted over several runs.
   */
  atMost: number;
}

/**
 * What applying a retention deleted (or, checked only, would delete), before which instant, and
 * how many more were due than one run takes.
 */
export interface RetentionReport {
  accessLog?: { before: Date; records: number; decisions: number; moreDue: number };
  endedConsents?: {
    before: Date;
    consents: number;
    events: number;
    moreDue: number;
    /**
     * Ended longer ago than the period, but kept: the access log still holds records from before
     * they ended, which may name them (keptWhileLogged).
     */
    keptForLog: number;
  };
}

/** The most a run takes unless told otherwise: about half a second of deleting, measured. */
export const DEFAULT_AT_MOST = 100_000;

/**
 * `now` less the period, on the database's clock (the one the record's instants keep to), counted
 * in the programme's calendar (Europe/Berlin, as `berlinDay`): the same time of day on Berlin's
 * clock so many days, months or years back. Not in the session's time zone, which the server
 * sets (a day there is 23 or 25 hours across a change of daylight saving time; in UTC, 24).
 */
async function cutoff(tx: EntityManager, period: RetentionPeriod): Promise<Date> {
  const [row] = await tx.execute<[{ before: Date }]>(
    `select (now() at time zone 'Europe/Berlin' - cast(? as interval)) at time zone 'Europe/Berlin'
              as before`,
    [`${period.amount} ${period.unit}`],
  );
  return new Date(row.before);
}

const counted = (value: unknown): number => Number(value ?? 0);

/**
 * The instant before which a consent must have ended for no record the access log keeps to name
 * it, or null when the log keeps none. A release under a consent is decided while it applies, so
 * every record naming it was made before it ended — up to the request's duration and the
 * registry instances' clocks later (ADR 0021 allows 60 s): a day before the oldest kept record
 * covers both. `deleting` is how many of the oldest records this run deletes but (checking
 * only) has not.
 */
async function keptWhileLogged(tx: EntityManager, deleting: number): Promise<Date | null> {
  const [row] = await tx.execute<{ covered: Date }[]>(
    // The (deleting + 1)-th oldest record's instant: ties in `at` do not change it.
    // 24 hours, not '1 day': a day in the session's time zone is 23 or 25 hours across a change
    // of daylight saving time.
    `select at - interval '24 hours' as covered from access_log_record
      order by at offset ? limit 1`,
    [deleting],
  );
  return row ? new Date(row.covered) : null;
}

/**
 * The oldest access-log records made before `before`, at most `atMost`, with their decisions,
 * deleted or counted.
 */
async function accessLogBefore(
  tx: EntityManager,
  before: Date,
  atMost: number,
  checkOnly: boolean,
) {
  const due = 'select id from access_log_record where at < ? order by at, id limit ?';
  const [row] = await tx.execute<[{ records: unknown; decisions: unknown }]>(
    checkOnly
      ? `select count(*) as records, sum(jsonb_array_length(decisions::jsonb)) as decisions
           from access_log_record where id in (${due})`
      : `with deleted as (delete from access_log_record where id in (${due})
           returning jsonb_array_length(decisions::jsonb) as n)
         select count(*) as records, sum(n) as decisions from deleted`,
    [before, atMost],
  );
  const [left] = await tx.execute<[{ n: unknown }]>(
    'select count(*) as n from access_log_record where at < ?',
    [before],
  );
  const records = counted(row.records);
  return {
    before,
    records,
    decisions: counted(row.decisions),
    moreDue: counted(left.n) - (checkOnly ? records : 0),
  };
}

/**
 * The consents withdrawn, or expired, before `period` (the period's cut-off), with their events,
 * deleted or counted. One withdrawn later, or still applying, is kept however old it is; so is one
 * that ended before `period` but after `logged` (keptWhileLogged): the access log may still name
 * it as the basis of a release, which must stay provable (Art. 7 (1) GDPR) as long as the release
 * is on record. A consent expires at its validUntil, or, recorded after that (dated back), when it
 * was recorded, as its history says (expiredAt): a recording made today is kept for the whole
 * period, like its GIVEN event.
 * (Not `greatest(valid_until, recorded_at)`: greatest ignores a null, and a consent without
 * validUntil would then count as expired when it was recorded.)
 */
async function endedConsentsBefore(
  tx: EntityManager,
  period: Date,
  logged: Date | null,
  atMost: number,
  checkOnly: boolean,
) {
  const before = logged !== null && logged < period ? logged : period;
  const ended = `select id from consent_grant
    where case when withdrawn_at is not null then withdrawn_at < ?
               else valid_until < ? and recorded_at < ? end`;
  // The same consents for both statements, up to atMost: those that ended first (withdrawn, or
  // expired, at the later of validUntil and the recording), then by id.
  const due = `${ended}
    order by coalesce(withdrawn_at, greatest(valid_until, recorded_at)), id limit ?`;
  const parameters = [before, before, before, atMost];
  const [events] = await tx.execute<[{ n: unknown }]>(
    checkOnly
      ? `select count(*) as n from consent_event where grant_id in (${due})`
      : `with deleted as (delete from consent_event where grant_id in (${due}) returning 1)
         select count(*) as n from deleted`,
    parameters,
  );
  const [consents] = await tx.execute<[{ n: unknown }]>(
    checkOnly
      ? `select count(*) as n from (${due}) as due`
      : `with deleted as (delete from consent_grant where id in (${due}) returning 1)
         select count(*) as n from deleted`,
    parameters,
  );
  const left = async (until: Date) => {
    const [row] = await tx.execute<[{ n: unknown }]>(
      `select count(*) as n from (${ended}) as left_over`,
      [until, until, until],
    );
    return counted(row.n);
  };
  const deleted = counted(consents.n);
  const leftDue = await left(before);
  return {
    before,
    consents: deleted,
    events: counted(events.n),
    moreDue: leftDue - (checkOnly ? deleted : 0),
    keptForLog: before < period ? (await left(period)) - leftDue : 0,
  };
}

/**
 * The run's trace in the registry (retention_run), in the transaction of its deletions: a
 * deletion is recorded or did not happen. Dated and named by the database (now(), session_user).
 */
async function recordRun(tx: EntityManager, report: RetentionReport): Promise<void> {
  const { accessLog, endedConsents } = report;
  await tx.execute(
    `insert into retention_run (id, at, actor, access_log_before, access_log_records,
       access_log_decisions, ended_consents_before, ended_consents, ended_consent_events)
     values (?, now(), session_user, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      accessLog?.before ?? null,
      accessLog?.records ?? null,
      accessLog?.decisions ?? null,
      endedConsents?.before ?? null,
      endedConsents?.consents ?? null,
      endedConsents?.events ?? null,
    ],
  );
}

async function apply(tx: EntityManager, retention: Retention, checkOnly: boolean) {
  const report: RetentionReport = {};
  if (retention.accessLog) {
    const before = await cutoff(tx, retention.accessLog);
    report.accessLog = await accessLogBefore(tx, before, retention.atMost, checkOnly);
  }
  if (retention.endedConsents) {
    const period = await cutoff(tx, retention.endedConsents);
    // After the log's records this run deletes: what the log keeps is what may name a consent.
    const logged = await keptWhileLogged(tx, checkOnly ? (report.accessLog?.records ?? 0) : 0);
    report.endedConsents = await endedConsentsBefore(
      tx,
      period,
      logged,
      retention.atMost,
      checkOnly,
    );
  }
  return report;
}

/**
 * Deletes what the registry has kept for longer than the programme's retention (ADR 0024): in one
 * transaction, with the triggers that keep the record append-only off for it alone (only the
 * tables' owner may), and records the run (retention_run), or does nothing. With `checkOnly`,
 * counts what it would delete. While it runs, the registry's writes to those tables wait:
 * recordings, withdrawals, the decisions' log.
 */
export async function applyRetention(
  orm: MikroORM,
  retention: Retention,
  { checkOnly }: { checkOnly: boolean },
): Promise<RetentionReport> {
  if (checkOnly) return orm.em.fork().transactional((tx) => apply(tx, retention, true));
  const tables: RegistryTable[] = [
    ...(retention.accessLog ? (['access_log_record'] as const) : []),
    ...(retention.endedConsents ? (['consent_event', 'consent_grant'] as const) : []),
  ];
  return withTriggersOff(
    orm.em,
    tables,
    async (tx) => {
      const report = await apply(tx, retention, false);
      await recordRun(tx, report);
      return report;
    },
    { lockWaitSeconds: LOCK_WAIT_SECONDS },
  ).catch((error: unknown) => rethrowLockWait(error, "the registry's record"));
}

const instant = (date: Date) => date.toISOString();

/** How many more were due than this run took, if any. */
const more = (moreDue: number, checkOnly: boolean): string =>
  moreDue === 0
    ? ''
    : `; ${moreDue} more are due than one run takes (--at-most)${checkOnly ? '' : ': run it again'}`;

/** The report in lines for a terminal. */
export function describeRetention(report: RetentionReport, checkOnly: boolean): string[] {
  const deleted = checkOnly ? 'would delete' : 'deleted';
  const lines: string[] = [];
  if (report.accessLog) {
    const { before, records, decisions, moreDue } = report.accessLog;
    lines.push(
      `access log: ${deleted} ${records} records (${decisions} decisions) made before ${instant(before)}${more(moreDue, checkOnly)}`,
    );
  }
  if (report.endedConsents) {
    const { before, consents, events, moreDue, keptForLog } = report.endedConsents;
    lines.push(
      `ended consents: ${deleted} ${consents} consents withdrawn or expired before ${instant(before)}, with their ${events} events${more(moreDue, checkOnly)}`,
    );
    if (keptForLog > 0) {
      lines.push(
        `ended consents: ${keptForLog} more ended longer ago than the period but are kept: the access log holds records from before they ended, which may name them; they go once those records have been deleted (--access-log)`,
      );
    }
  }
  if (checkOnly) lines.push('checked only: nothing was changed');
  return lines;
}
