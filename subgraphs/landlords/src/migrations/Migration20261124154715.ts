import { Migration } from '@mikro-orm/migrations';

export class Migration20261124154715 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "tenancy" add column "landlord_agency_id" varchar(64) null;`);
    // Tenancies recorded before: the landlord of their unit now (the best record there is).
    this.addSql(`update "tenancy" as "t" set "landlord_agency_id" = "l"."agency_id" from "housing_unit" as "u" join "landlord" as "l" on "l"."id" = "u"."landlord_id" where "u"."id" = "t"."unit_id";`);
    this.addSql(`alter table "tenancy" alter column "landlord_agency_id" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tenancy" drop column "landlord_agency_id";`);
  }

}
