import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182542 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "welfare_provider" ("id" uuid not null, "agency_id" varchar(64) not null, "name" varchar(200) not null, "association" varchar(32) not null, "municipality" varchar(32) not null, constraint "welfare_provider_pkey" primary key ("id"));`);
    this.addSql(`alter table "welfare_provider" add constraint "welfare_provider_agency_id_unique" unique ("agency_id");`);
    this.addSql(`create index "welfare_provider_municipality_index" on "welfare_provider" ("municipality");`);

    this.addSql(`create table "support_case" ("id" uuid not null, "household_id" uuid not null, "provider_id" uuid not null, "kind" varchar(32) not null, "target_group" varchar(32) not null, "status" varchar(16) not null, "opened_on" date not null, "closed_on" date null, "visits_count" int not null, constraint "support_case_pkey" primary key ("id"));`);
    this.addSql(`create index "support_case_household_id_index" on "support_case" ("household_id");`);
    this.addSql(`create index "support_case_provider_id_index" on "support_case" ("provider_id");`);

    this.addSql(`alter table "support_case" add constraint "support_case_provider_id_foreign" foreign key ("provider_id") references "welfare_provider" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "support_case" drop constraint "support_case_provider_id_foreign";`);

    this.addSql(`drop table if exists "welfare_provider" cascade;`);

    this.addSql(`drop table if exists "support_case" cascade;`);
  }

}
