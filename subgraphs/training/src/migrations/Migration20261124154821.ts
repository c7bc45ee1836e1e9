import { Migration } from '@mikro-orm/migrations';

export class Migration20261124154821 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "enrollment" add column "provider_agency_id" varchar(64) null;`);
    // Enrollments recorded before: the provider running their course now (the best record there is).
    this.addSql(`update "enrollment" as "e" set "provider_agency_id" = "c"."provider_agency_id" from "course" as "c" where "c"."id" = "e"."course_id";`);
    this.addSql(`alter table "enrollment" alter column "provider_agency_id" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enrollment" drop column "provider_agency_id";`);
  }

}
