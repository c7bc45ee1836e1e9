import { Migration } from '@mikro-orm/migrations';

export class Migration20261123184944 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "support_case" add column "health_notes" text null, add column "probation_supervision" boolean null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "support_case" drop column "health_notes", drop column "probation_supervision";`);
  }

}
