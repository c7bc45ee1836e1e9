import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100952 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "retention_run" ("id" uuid not null, "at" timestamptz not null, "actor" varchar(64) not null, "access_log_before" timestamptz null, "access_log_records" int null, "access_log_decisions" bigint null, "ended_consents_before" timestamptz null, "ended_consents" int null, "ended_consent_events" int null, constraint "retention_run_pkey" primary key ("id"));`);
    this.addSql(`create index "retention_run_at_id_index" on "retention_run" ("at", "id");`);
    // The trace of what retention deleted is kept like the rest of the record (ADR 0018, ADR 0024).
    this.addSql(`create trigger "retention_run_append_only" before update or delete on "retention_run" for each row execute function "registry_append_only"();`);
    this.addSql(`create trigger "retention_run_not_truncated" before truncate on "retention_run" for each statement execute function "registry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "retention_run" cascade;`);
  }

}
