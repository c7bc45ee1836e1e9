import { Migration } from '@mikro-orm/migrations';

export class Migration20261124153205 extends Migration {

  override async up(): Promise<void> {
    // Records written before owners were logged name no owner: only the asking agency's officer
    // reads them. The default stays, so a registry of the previous version still running during
    // a rolling deploy can go on writing the log (its records name no owner either).
    this.addSql(`alter table "access_log_record" add column "owner_agency_ids" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "access_log_record" drop column "owner_agency_ids";`);
  }

}
