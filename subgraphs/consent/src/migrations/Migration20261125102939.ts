import { Migration } from '@mikro-orm/migrations';

export class Migration20261125102939 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "agency" add column "left_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agency" drop column "left_on";`);
  }

}
