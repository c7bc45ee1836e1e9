import { Migration } from '@mikro-orm/migrations';

const TRIGGERS = [
  ['consent_grant', 'consent_grant_withdrawal_only'],
  ['consent_grant', 'consent_grant_not_truncated'],
  ['consent_event', 'consent_event_append_only'],
  ['consent_event', 'consent_event_not_truncated'],
  ['access_log_record', 'access_log_record_append_only'],
  ['access_log_record', 'access_log_record_not_truncated'],
] as const;

export class Migration20261125043000 extends Migration {

  override async up(): Promise<void> {
    // The append-only triggers fire always, also in a session whose session_replication_role is replica (which skips
    // triggers enabled the ordinary way): a default set for a role or a database, or a grant of that parameter, would
    // otherwise switch them off for the registry (ADR 0019). A migration that must pass them re-enables them ALWAYS.
    for (const [table, trigger] of TRIGGERS) {
      this.addSql(`alter table "${table}" enable always trigger "${trigger}";`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, trigger] of TRIGGERS) {
      this.addSql(`alter table "${table}" enable trigger "${trigger}";`);
    }
  }

}
