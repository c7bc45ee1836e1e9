import { Migration } from '@mikro-orm/migrations';

export class Migration20261124153719 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "tenancy_warning" add column "received_by_agency_id" varchar(64) null;`);
    // Warnings recorded before: the Jobcenter of the household's benefit cases where there is
    // exactly one, else unknown — so no Jobcenter owns data it may not have recorded.
    this.addSql(`update "tenancy_warning" as "w" set "received_by_agency_id" = coalesce((select min("b"."jobcenter_agency_id") from "benefit_case" as "b" where "b"."household_id" = "w"."household_id" having count(distinct "b"."jobcenter_agency_id") = 1), 'unknown');`);
    this.addSql(`alter table "tenancy_warning" alter column "received_by_agency_id" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tenancy_warning" drop column "received_by_agency_id";`);
  }

}
