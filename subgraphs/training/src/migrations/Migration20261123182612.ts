import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "course" ("id" uuid not null, "provider_agency_id" varchar(64) not null, "title" varchar(200) not null, "language" varchar(8) not null, "modules" int not null, "sessions" int not null, "starts_on" date not null, "municipality" varchar(32) not null, constraint "course_pkey" primary key ("id"));`);
    this.addSql(`create index "course_municipality_index" on "course" ("municipality");`);

    this.addSql(`create table "enrollment" ("id" uuid not null, "household_id" uuid not null, "member_id" uuid not null, "course_id" uuid not null, "status" varchar(16) not null, "attended_sessions" int not null, "exam_passed" boolean null, "certificate_issued_on" date null, constraint "enrollment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrollment_household_id_index" on "enrollment" ("household_id");`);
    this.addSql(`create index "enrollment_course_id_index" on "enrollment" ("course_id");`);

    this.addSql(`alter table "enrollment" add constraint "enrollment_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enrollment" drop constraint "enrollment_course_id_foreign";`);

    this.addSql(`drop table if exists "course" cascade;`);

    this.addSql(`drop table if exists "enrollment" cascade;`);
  }

}
