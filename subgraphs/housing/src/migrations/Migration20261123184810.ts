import { Migration } from '@mikro-orm/migrations';

export class Migration20261123184810 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "household" add column "housing_office_agency_id" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household" drop column "housing_office_agency_id";`);
  }

}
