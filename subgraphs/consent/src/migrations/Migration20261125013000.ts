import { Migration } from '@mikro-orm/migrations';

export class Migration20261125013000 extends Migration {

  override async up(): Promise<void> {
    // An owner's officer reads only the releases of their agency's data (ADR 0011, amended): counted per record in a
    // column of its own, so that a registry of the previous version, still writing entries_by_owner (refusals included)
    // during a rolling deploy, leaves its records at null (counted from their decisions) instead of miscounting them.
    this.addSql(`alter table "access_log_record" add column "releases_by_owner" jsonb null;`);
    this.addSql(`update "access_log_record" as "r" set "releases_by_owner" = (select coalesce(jsonb_object_agg("o"."owner", "o"."n"), '{}'::jsonb) from (select "owner", count(*) as "n" from jsonb_array_elements("r"."decisions") as "d" cross join lateral jsonb_array_elements_text(coalesce("r"."owner_agency_ids" -> (("d"->>0)::int), '[]'::jsonb)) as "owner" where ("d"->>2)::boolean group by "owner") as "o");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "access_log_record" drop column "releases_by_owner";`);
  }

}
