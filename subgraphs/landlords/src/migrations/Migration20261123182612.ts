import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "landlord" ("id" uuid not null, "agency_id" varchar(64) not null, "name" varchar(200) not null, "kind" varchar(32) not null, "municipality" varchar(32) not null, "cooperation_agreement" boolean not null, constraint "landlord_pkey" primary key ("id"));`);
    this.addSql(`alter table "landlord" add constraint "landlord_agency_id_unique" unique ("agency_id");`);
    this.addSql(`create index "landlord_municipality_index" on "landlord" ("municipality");`);

    this.addSql(`create table "housing_unit" ("id" uuid not null, "landlord_id" uuid not null, "street" varchar(200) not null, "postal_code" varchar(10) not null, "city" varchar(100) not null, "rooms" int not null, "floor_area_sqm" int not null, "problem_property" boolean not null, "vacant_since" date null, constraint "housing_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "housing_unit_landlord_id_index" on "housing_unit" ("landlord_id");`);
    this.addSql(`create index "housing_unit_vacant_since_index" on "housing_unit" ("vacant_since");`);

    this.addSql(`create table "tenancy" ("id" uuid not null, "household_id" uuid not null, "unit_id" uuid not null, "starts_on" date not null, "ends_on" date null, "monthly_rent_cents" int not null, "status" varchar(16) not null, constraint "tenancy_pkey" primary key ("id"));`);
    this.addSql(`create index "tenancy_household_id_index" on "tenancy" ("household_id");`);
    this.addSql(`create index "tenancy_unit_id_index" on "tenancy" ("unit_id");`);

    this.addSql(`alter table "housing_unit" add constraint "housing_unit_landlord_id_foreign" foreign key ("landlord_id") references "landlord" ("id") on update cascade;`);

    this.addSql(`alter table "tenancy" add constraint "tenancy_unit_id_foreign" foreign key ("unit_id") references "housing_unit" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "housing_unit" drop constraint "housing_unit_landlord_id_foreign";`);

    this.addSql(`alter table "tenancy" drop constraint "tenancy_unit_id_foreign";`);

    this.addSql(`drop table if exists "landlord" cascade;`);

    this.addSql(`drop table if exists "housing_unit" cascade;`);

    this.addSql(`drop table if exists "tenancy" cascade;`);
  }

}
