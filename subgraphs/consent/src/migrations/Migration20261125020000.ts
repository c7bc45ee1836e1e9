import { Migration } from '@mikro-orm/migrations';

export class Migration20261125020000 extends Migration {

  override async up(): Promise<void> {
    // Nothing of the registry's record is deleted, and a grant changes only by its withdrawal (GDPR Art. 7 (1), ADR 0018):
    // enforced by the database too, not only by the service's code. A later migration that must rewrite such rows (a
    // recount, retention) disables the trigger for its statement and says why.
    this.addSql(`create function "registry_append_only"() returns trigger language plpgsql as $$ begin raise exception '% is append-only: its rows are never changed or deleted', tg_table_name using errcode = 'restrict_violation'; end $$;`);
    this.addSql(`create trigger "consent_event_append_only" before update or delete on "consent_event" for each row execute function "registry_append_only"();`);
    this.addSql(`create trigger "access_log_record_append_only" before update or delete on "access_log_record" for each row execute function "registry_append_only"();`);
    this.addSql(`create function "consent_grant_withdrawal_only"() returns trigger language plpgsql as $$ begin if tg_op = 'DELETE' then raise exception 'consent grants are never deleted' using errcode = 'restrict_violation'; end if; if old.withdrawn_at is not null or new.withdrawn_at is null or new.withdrawn_by is null or (to_jsonb(new) - '{withdrawn_at,withdrawn_by}'::text[]) is distinct from (to_jsonb(old) - '{withdrawn_at,withdrawn_by}'::text[]) then raise exception 'a consent grant changes only by its withdrawal, once' using errcode = 'restrict_violation'; end if; return new; end $$;`);
    this.addSql(`create trigger "consent_grant_withdrawal_only" before update or delete on "consent_grant" for each row execute function "consent_grant_withdrawal_only"();`);
    // TRUNCATE fires no row trigger: refused per statement.
    this.addSql(`create trigger "consent_grant_not_truncated" before truncate on "consent_grant" for each statement execute function "registry_append_only"();`);
    this.addSql(`create trigger "consent_event_not_truncated" before truncate on "consent_event" for each statement execute function "registry_append_only"();`);
    this.addSql(`create trigger "access_log_record_not_truncated" before truncate on "access_log_record" for each statement execute function "registry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "access_log_record_not_truncated" on "access_log_record";`);
    this.addSql(`drop trigger "consent_event_not_truncated" on "consent_event";`);
    this.addSql(`drop trigger "consent_grant_not_truncated" on "consent_grant";`);
    this.addSql(`drop trigger "consent_grant_withdrawal_only" on "consent_grant";`);
    this.addSql(`drop function "consent_grant_withdrawal_only"();`);
    this.addSql(`drop trigger "access_log_record_append_only" on "access_log_record";`);
    this.addSql(`drop trigger "consent_event_append_only" on "consent_event";`);
    this.addSql(`drop function "registry_append_only"();`);
  }

}
