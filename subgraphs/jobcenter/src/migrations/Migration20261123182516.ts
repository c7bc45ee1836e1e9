import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182516 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "benefit_case" ("id" uuid not null, "household_id" uuid not null, "jobcenter_agency_id" varchar(64) not null, "benefit_type" varchar(32) not null, "status" varchar(32) not null, "since" date not null, "housing_cost_ceiling_cents" int not null, "direct_rent_payment" boolean not null, constraint "benefit_case_pkey" primary key ("id"));`);
    this.addSql(`create index "benefit_case_household_id_index" on "benefit_case" ("household_id");`);

    this.addSql(`create table "tenancy_warning" ("id" uuid not null, "household_id" uuid not null, "kind" varchar(32) not null, "received_on" date not null, "arrears_cents" int null, "source" varchar(32) not null, constraint "tenancy_warning_pkey" primary key ("id"));`);
    this.addSql(`create index "tenancy_warning_household_id_index" on "tenancy_warning" ("household_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "benefit_case" cascade;`);

    this.addSql(`drop table if exists "tenancy_warning" cascade;`);
  }

}
