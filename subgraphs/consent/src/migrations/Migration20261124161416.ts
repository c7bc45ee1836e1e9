import { Migration } from '@mikro-orm/migrations';

export class Migration20261124161416 extends Migration {

  override async up(): Promise<void> {
    // The default stays for a registry of the previous version during a rolling deploy.
    this.addSql(`alter table "access_log_record" add column "entries_by_owner" jsonb not null default '{}';`);
    // Records written since owners were logged: count their decisions per owning agency.
    this.addSql(`update "access_log_record" as "r" set "entries_by_owner" = (select coalesce(jsonb_object_agg("o"."owner", "o"."n"), '{}'::jsonb) from (select "owner", count(*) as "n" from jsonb_array_elements("r"."decisions") as "d" cross join lateral jsonb_array_elements_text(coalesce("r"."owner_agency_ids" -> (("d"->>0)::int), '[]'::jsonb)) as "owner" group by "owner") as "o") where "r"."owner_agency_ids" <> '[]'::jsonb;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "access_log_record" drop column "entries_by_owner";`);
  }

}
