import { Migration } from '@mikro-orm/migrations';

export class Migration20261124230254 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "support_case" add column "provider_agency_id" varchar(64) null;`);
    // Cases recorded before: the agency of their provider now (the best record there is).
    this.addSql(`update "support_case" as "s" set "provider_agency_id" = "p"."agency_id" from "welfare_provider" as "p" where "p"."id" = "s"."provider_id";`);
    this.addSql(`alter table "support_case" alter column "provider_agency_id" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "support_case" drop column "provider_agency_id";`);
  }

}
