import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182453 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agency" ("id" varchar(64) not null, "kind" varchar(32) not null, "municipality" varchar(32) not null, "name" varchar(200) not null, constraint "agency_pkey" primary key ("id"));`);
    this.addSql(`create index "agency_kind_index" on "agency" ("kind");`);

    this.addSql(`create table "consent_grant" ("id" uuid not null, "household_id" uuid not null, "grantor_member_id" uuid null, "grantor_name" varchar(200) not null, "representative_name" varchar(200) null, "recipient_agency_id" varchar(64) null, "recipient_agency_kind" varchar(32) null, "categories" text[] not null, "purposes" text[] not null, "valid_from" timestamptz not null, "valid_until" timestamptz null, "form" varchar(16) not null, "informed_of" text[] not null, "information_language" varchar(8) not null, "document_reference" varchar(100) not null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, "withdrawn_at" timestamptz null, "withdrawn_by" varchar(200) null, constraint "consent_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "consent_grant_household_id_index" on "consent_grant" ("household_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agency" cascade;`);

    this.addSql(`drop table if exists "consent_grant" cascade;`);
  }

}
