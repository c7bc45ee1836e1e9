import { Migration } from '@mikro-orm/migrations';

export class Migration20261125013000 extends Migration {

  override async up(): Promise<void> {
    // An owner's officer reads only the releases of their agency's data (ADR 0011, amended): count those alone.
    this.addSql(`update "access_log_record" as "r" set "entries_by_owner" = (select coalesce(jsonb_object_agg("o"."owner", "o"."n"), '{}'::jsonb) from (select "owner", count(*) as "n" from jsonb_array_elements("r"."decisions") as "d" cross join lateral jsonb_array_elements_text(coalesce("r"."owner_agency_ids" -> (("d"->>0)::int), '[]'::jsonb)) as "owner" where ("d"->>2)::boolean group by "owner") as "o") where "r"."owner_agency_ids" <> '[]'::jsonb;`);
  }

  override async down(): Promise<void> {
    // Every decision about each owner's data again, denials included.
    this.addSql(`update "access_log_record" as "r" set "entries_by_owner" = (select coalesce(jsonb_object_agg("o"."owner", "o"."n"), '{}'::jsonb) from (select "owner", count(*) as "n" from jsonb_array_elements("r"."decisions") as "d" cross join lateral jsonb_array_elements_text(coalesce("r"."owner_agency_ids" -> (("d"->>0)::int), '[]'::jsonb)) as "owner" group by "owner") as "o") where "r"."owner_agency_ids" <> '[]'::jsonb;`);
  }

}
