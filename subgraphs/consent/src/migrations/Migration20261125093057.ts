import { Migration } from '@mikro-orm/migrations';

export class Migration20261125093057 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "consent_grant_recorded_by_agency_id_recorded_at_id_index" on "consent_grant" ("recorded_by_agency_id", "recorded_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "consent_grant_recorded_by_agency_id_recorded_at_id_index";`);
  }

}
