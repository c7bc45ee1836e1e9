import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182322 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "household" ("id" uuid not null, "reference" varchar(32) not null, "municipality" varchar(32) not null, "housing_situation" varchar(32) not null, "registered_on" date not null, constraint "household_pkey" primary key ("id"));`);
    this.addSql(`alter table "household" add constraint "household_reference_unique" unique ("reference");`);
    this.addSql(`create index "household_municipality_index" on "household" ("municipality");`);

    this.addSql(`create table "household_member" ("id" uuid not null, "household_id" uuid not null, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "birth_date" date not null, "relationship" varchar(32) not null, constraint "household_member_pkey" primary key ("id"));`);
    this.addSql(`create index "household_member_household_id_index" on "household_member" ("household_id");`);

    this.addSql(`alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household_member" drop constraint "household_member_household_id_foreign";`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "household_member" cascade;`);
  }

}
