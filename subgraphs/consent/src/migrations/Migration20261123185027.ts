import { Migration } from '@mikro-orm/migrations';

export class Migration20261123185027 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "access_log_entry" ("id" uuid not null, "at" timestamptz not null, "request_id" varchar(64) not null, "actor" varchar(200) not null, "agency_id" varchar(64) not null, "agency_kind" varchar(32) not null, "purpose" varchar(64) not null, "household_id" uuid not null, "category" varchar(64) not null, "field" varchar(200) not null, "subgraph" varchar(32) not null, "released" boolean not null, "basis" text check ("basis" in ('STATUTORY', 'CONSENT', 'NEVER', 'NO_CONSENT')) not null, "reference" text null, constraint "access_log_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "access_log_entry_at_index" on "access_log_entry" ("at");`);
    this.addSql(`create index "access_log_entry_household_id_index" on "access_log_entry" ("household_id");`);

    this.addSql(`create table "consent_event" ("id" uuid not null, "grant_id" uuid not null, "kind" text check ("kind" in ('GIVEN', 'WITHDRAWN')) not null, "at" timestamptz not null, "actor" varchar(200) not null, "agency_id" varchar(64) not null, "reason" varchar(500) null, constraint "consent_event_pkey" primary key ("id"));`);
    this.addSql(`create index "consent_event_grant_id_index" on "consent_event" ("grant_id");`);

    this.addSql(`alter table "consent_event" add constraint "consent_event_grant_id_foreign" foreign key ("grant_id") references "consent_grant" ("id") on update cascade on delete restrict;`);

    // Grants recorded before this migration get the housing office of their recipient's
    // municipality (the demo data was recorded there), or "unknown", and their history: a GIVEN
    // event and, when withdrawn, a WITHDRAWN event.
    this.addSql(`alter table "consent_grant" add column "recorded_by_agency_id" varchar(64) null;`);
    this.addSql(`update "consent_grant" as "g" set "recorded_by_agency_id" = coalesce((select "h"."id" from "agency" as "h" join "agency" as "r" on "r"."municipality" = "h"."municipality" where "r"."id" = "g"."recipient_agency_id" and "h"."kind" = 'HOUSING_OFFICE' order by "h"."id" limit 1), 'unknown');`);
    this.addSql(`alter table "consent_grant" alter column "recorded_by_agency_id" set not null;`);
    this.addSql(`insert into "consent_event" ("id", "grant_id", "kind", "at", "actor", "agency_id", "reason") select gen_random_uuid(), "id", 'GIVEN', "recorded_at", "recorded_by", "recorded_by_agency_id", null from "consent_grant";`);
    this.addSql(`insert into "consent_event" ("id", "grant_id", "kind", "at", "actor", "agency_id", "reason") select gen_random_uuid(), "id", 'WITHDRAWN', "withdrawn_at", coalesce("withdrawn_by", "recorded_by"), "recorded_by_agency_id", null from "consent_grant" where "withdrawn_at" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "access_log_entry" cascade;`);

    this.addSql(`drop table if exists "consent_event" cascade;`);

    this.addSql(`alter table "consent_grant" drop column "recorded_by_agency_id";`);
  }

}
