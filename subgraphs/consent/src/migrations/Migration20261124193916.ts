import { Migration } from '@mikro-orm/migrations';

export class Migration20261124193916 extends Migration {

  override async up(): Promise<void> {
    // Room for any OpenID Connect subject (at most 255 characters; the gateway refuses longer
    // ones). Widening a varchar rewrites no table.
    this.addSql(`alter table "access_log_record" alter column "actor" type varchar(255);`);

    this.addSql(`alter table "consent_grant" alter column "recorded_by" type varchar(255);`);
    this.addSql(`alter table "consent_grant" alter column "withdrawn_by" type varchar(255);`);

    this.addSql(`alter table "consent_event" alter column "actor" type varchar(255);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "access_log_record" alter column "actor" type varchar(200) using ("actor"::varchar(200));`);

    this.addSql(`alter table "consent_event" alter column "actor" type varchar(200) using ("actor"::varchar(200));`);

    this.addSql(`alter table "consent_grant" alter column "recorded_by" type varchar(200) using ("recorded_by"::varchar(200));`);
    this.addSql(`alter table "consent_grant" alter column "withdrawn_by" type varchar(200) using ("withdrawn_by"::varchar(200));`);
  }

}
