import { Migration } from '@mikro-orm/migrations';

export class Migration20261123213044 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "access_log_record" ("id" uuid not null, "at" timestamptz not null, "request_id" varchar(64) not null, "actor" varchar(200) not null, "agency_id" varchar(64) not null, "agency_kind" varchar(32) not null, "purpose" varchar(64) not null, "subgraph" varchar(32) not null, "household_ids" uuid[] not null, "fields" text[] not null, "categories" text[] not null, "references" text[] not null, "decisions" jsonb not null, constraint "access_log_record_pkey" primary key ("id"));`);
    this.addSql(`create index "access_log_record_at_index" on "access_log_record" ("at");`);
    this.addSql(`create index "access_log_record_request_id_index" on "access_log_record" ("request_id");`);
    this.addSql(`create index "access_log_record_agency_id_index" on "access_log_record" ("agency_id");`);
    this.addSql(`create index "access_log_record_household_ids_index" on "access_log_record" using gin ("household_ids");`);

    // Every entry kept: each becomes a record of one decision.
    this.addSql(`insert into "access_log_record" ("id", "at", "request_id", "actor", "agency_id", "agency_kind", "purpose", "subgraph", "household_ids", "fields", "categories", "references", "decisions") select "id", "at", "request_id", "actor", "agency_id", "agency_kind", "purpose", "subgraph", array["household_id"], array["field"::text], array["category"::text], case when "reference" is null then '{}'::text[] else array["reference"] end, jsonb_build_array(jsonb_build_array(0, 0, "released", "basis", case when "reference" is null then null else 0 end)) from "access_log_entry";`);
    this.addSql(`drop table if exists "access_log_entry" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "access_log_entry" ("id" uuid not null, "at" timestamptz(6) not null, "request_id" varchar(64) not null, "actor" varchar(200) not null, "agency_id" varchar(64) not null, "agency_kind" varchar(32) not null, "purpose" varchar(64) not null, "household_id" uuid not null, "category" varchar(64) not null, "field" varchar(200) not null, "subgraph" varchar(32) not null, "released" bool not null, "basis" text check ("basis" in ('STATUTORY', 'CONSENT', 'NEVER', 'NO_CONSENT')) not null, "reference" text null, constraint "access_log_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "access_log_entry_at_index" on "access_log_entry" ("at");`);
    this.addSql(`create index "access_log_entry_household_id_index" on "access_log_entry" ("household_id");`);

    this.addSql(`insert into "access_log_entry" ("id", "at", "request_id", "actor", "agency_id", "agency_kind", "purpose", "household_id", "category", "field", "subgraph", "released", "basis", "reference") select gen_random_uuid(), r."at", r."request_id", r."actor", r."agency_id", r."agency_kind", r."purpose", r."household_ids"[(d->>0)::int + 1], r."categories"[(d->>1)::int + 1], r."fields"[(d->>1)::int + 1], r."subgraph", (d->>2)::boolean, d->>3, r."references"[(d->>4)::int + 1] from "access_log_record" r cross join lateral jsonb_array_elements(r."decisions") d;`);
    this.addSql(`drop table if exists "access_log_record" cascade;`);
  }

}
