import { Migration } from '@mikro-orm/migrations';

export class Migration20261125040000 extends Migration {

  override async up(): Promise<void> {
    // The append-only triggers' functions look up what they call (to_jsonb, the jsonb operators) in pg_catalog only: a
    // function of the same name that a role created in schema public, taking the table's row type, would otherwise be
    // the better match and stand in for it (ADR 0019).
    this.addSql(`alter function "registry_append_only"() set search_path = pg_catalog;`);
    this.addSql(`alter function "consent_grant_withdrawal_only"() set search_path = pg_catalog;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter function "consent_grant_withdrawal_only"() reset search_path;`);
    this.addSql(`alter function "registry_append_only"() reset search_path;`);
  }

}
