import { Migration } from '@mikro-orm/migrations';

/**
 * How far, either way, an instant the registry records may lie from the database's clock when its row is written. It
 * must hold the skew between the registry host's clock (which dates the rows) and the database's, and the time from
 * dating a row to writing it: a decision's log record is dated after the grants are read and written at once; a
 * withdrawal is dated once its row is locked; a consent once it holds the recording lock. Milliseconds, at most about
 * 5 s of waiting for a connection and 8 s per statement where they come close to their limits. A write later than
 * the tolerance is refused: nothing is recorded, and for a log record nothing released.
 */
const TOLERANCE_SECONDS = 60;

/** The columns that record when something happened (not a grant's validity, which the user gives), per table. */
const INSTANTS = [
  // Dated when recorded, and when withdrawn: the one update the grant allows (ADR 0018).
  { table: 'consent_grant', trigger: 'consent_grant_instants_near_now', on: 'insert or update', columns: ['recorded_at', 'withdrawn_at'] },
  // Append-only: written once.
  { table: 'consent_event', trigger: 'consent_event_instant_near_now', on: 'insert', columns: ['at'] },
  { table: 'access_log_record', trigger: 'access_log_record_instant_near_now', on: 'insert', columns: ['at'] },
] as const;

/**
 * Refuses the column's new value outside [clock_timestamp() - tolerance, clock_timestamp() + tolerance], -infinity and
 * infinity too; on an update only when the statement changes it (a withdrawal leaves recorded_at as it was). A null
 * passes: a grant not withdrawn, or a value NOT NULL refuses. The clock is the statement's, not the transaction's
 * start (now()): a transaction held open must not let a row be dated back to its start.
 *
 * check_violation, not the append-only triggers' restrict_violation (the row may not change): here the row may be
 * written, the value may not, as a CHECK constraint would say — which cannot hold this bound, because it would compare
 * old rows with the clock again whenever they are re-checked or restored.
 */
const check = (table: string, column: string) => `
  if (tg_op = 'INSERT' or new."${column}" is distinct from old."${column}")
     and new."${column}" not between clock - tolerance and clock + tolerance then
    raise exception '${table}.${column} must lie within ${TOLERANCE_SECONDS} seconds of the database''s clock (%), not %', clock, new."${column}"
      using errcode = 'check_violation',
            hint = 'The registry records the instant something happens. An earlier one (demo history, a migration) is written by the table''s owner with this trigger disabled.';
  end if;`;

export class Migration20261125060000 extends Migration {

  override async up(): Promise<void> {
    // The registry dates its own records, so even run as a role of its own (ADR 0019) it could backdate a withdrawal
    // or a log record, or date one ahead: the database keeps the instants it records near its own clock (ADR 0021).
    // Triggers of their own, beside the append-only ones (ADR 0018), which say whether a row may change, not when.
    // Like those, their functions look up what they call in pg_catalog only (Migration20261125040000), and they fire
    // always, also in a session in replica mode (Migration20261125043000).
    for (const { table, trigger, on, columns } of INSTANTS) {
      this.addSql(`create function "${trigger}"() returns trigger language plpgsql set search_path = pg_catalog as $$ declare tolerance constant interval := interval '${TOLERANCE_SECONDS} seconds'; clock constant timestamptz := clock_timestamp(); begin ${columns.map((column) => check(table, column)).join('')} return new; end $$;`);
      this.addSql(`create trigger "${trigger}" before ${on} on "${table}" for each row execute function "${trigger}"();`);
      this.addSql(`alter table "${table}" enable always trigger "${trigger}";`);
    }
  }

  override async down(): Promise<void> {
    for (const { table, trigger } of [...INSTANTS].reverse()) {
      this.addSql(`drop trigger "${trigger}" on "${table}";`);
      this.addSql(`drop function "${trigger}"();`);
    }
  }

}
