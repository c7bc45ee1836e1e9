/**
 * The access log as data-protection officers read it: one entry per decision, newest first,
 * unpacked from the records the registry writes (one per decision call, see
 * entities/access-log-record.entity.ts).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessBasis } from './entities/access-log-record.entity';
import type { EntryId } from './cursor';

export interface AccessLogFilter {
  /**
   * The officer's agency: an officer reads the decisions about what their agency asked for, and
   * the releases of data their agency owns (as its sole owner), never another agency's dealings:
   * a refused request discloses nothing of the owner's data, and would tell its officer that the
   * asking agency deals with the household (ADR 0011).
   */
  readerAgencyId: string;
  householdId?: string;
  agencyId?: string;
  requestId?: string;
  /** Decisions made at or after this instant. */
  from?: Date;
  /** Decisions made before this instant. */
  until?: Date;
}

export interface AccessLogEntryRow {
  id: EntryId;
  at: Date;
  requestId: string;
  /** The agency user who asked: only for the asking agency's officer. */
  actor: string | null;
  agencyId: string;
  agencyKind: string;
  purpose: string;
  householdId: string;
  /** The owners of the data decided about, as far as the officer's agency is one of them. */
  ownerAgencyIds: string[];
  category: string;
  field: string;
  subgraph: string;
  released: boolean;
  basis: AccessBasis;
  reference: string | null;
}

/** A page reads records in rounds of this many. */
const RECORDS_PER_ROUND = 50;

const HOUSEHOLD_OF_ENTRY = `record.household_ids[(entry.decision->>0)::int + 1]`;
/** JSON arrays are indexed from 0; a record written before owners were logged has none. */
const OWNERS_OF_ENTRY = `coalesce(record.owner_agency_ids -> ((entry.decision->>0)::int), '[]'::jsonb)`;

type Bindings = (string | number)[];

/**
 * Which records can hold an entry the filter and the officer may see — each condition one an
 * index or a cheap look at the record answers (`household_ids @>` the GIN index, `request_id` and
 * `agency_id` their indexes, `releases_by_owner` and a household's owners a look at the row), so
 * a page rarely unpacks a record it cannot show: one that a registry of the previous version wrote
 * during a rolling deploy, uncounted, and that holds only refusals of the owner's data, or (with a
 * household filter) one whose entries about that household the owner owns are refusals only.
 */
function recordConditions(filter: AccessLogFilter): { sql: string; bindings: Bindings } {
  const conditions = [
    // Asked by the officer's agency, or releasing data it owns: counted with the record, or (a
    // record of a registry of the previous version, uncounted) naming it as an owner.
    `(record.agency_id = ? or (record.releases_by_owner ->> ?) is not null
      or (record.releases_by_owner is null
          and record.owner_agency_ids @> jsonb_build_array(jsonb_build_array(?::text))))`,
  ];
  const bindings: Bindings = [filter.readerAgencyId, filter.readerAgencyId, filter.readerAgencyId];
  if (filter.householdId) {
    // Naming the household, and (unless the officer's agency asked) with the officer's agency
    // among the owners of that household's data in it: an owner's officer never unpacks records
    // that release its data about other households only.
    conditions.push(
      `record.household_ids @> array[?]::uuid[]
       and (record.agency_id = ?
            or coalesce(record.owner_agency_ids -> (array_position(record.household_ids, ?::uuid) - 1), '[]'::jsonb)
               @> jsonb_build_array(?::text))`,
    );
    bindings.push(
      filter.householdId,
      filter.readerAgencyId,
      filter.householdId,
      filter.readerAgencyId,
    );
  }
  if (filter.agencyId) {
    conditions.push('record.agency_id = ?');
    bindings.push(filter.agencyId);
  }
  if (filter.requestId) {
    conditions.push('record.request_id = ?');
    bindings.push(filter.requestId);
  }
  // A record's decisions share its instant: a time range is a range of records (`at`, indexed).
  if (filter.from) {
    conditions.push('record.at >= ?::timestamptz');
    bindings.push(filter.from.toISOString());
  }
  if (filter.until) {
    conditions.push('record.at < ?::timestamptz');
    bindings.push(filter.until.toISOString());
  }
  return { sql: conditions.join(' and '), bindings };
}

const RELEASED = `(entry.decision->>2)::boolean`;

/** Which of a selected record's entries the filter and the officer may see. */
function entryConditions(filter: AccessLogFilter): { sql: string; bindings: Bindings } {
  const conditions = [
    `(record.agency_id = ? or (${RELEASED} and ${OWNERS_OF_ENTRY} @> jsonb_build_array(?::text)))`,
  ];
  const bindings: Bindings = [filter.readerAgencyId, filter.readerAgencyId];
  if (filter.householdId) {
    conditions.push(`${HOUSEHOLD_OF_ENTRY} = ?`);
    bindings.push(filter.householdId);
  }
  return { sql: conditions.join(' and '), bindings };
}

interface Row {
  record_id: string;
  n: string | number;
  at: Date;
  request_id: string;
  actor: string | null;
  agency_id: string;
  agency_kind: string;
  purpose: string;
  household_id: string;
  owner_agency_ids: string[];
  category: string;
  field: string;
  subgraph: string;
  released: boolean;
  basis: AccessBasis;
  reference: string | null;
}

const toEntry = (row: Row): AccessLogEntryRow => ({
  id: { recordId: row.record_id, n: Number(row.n) },
  at: new Date(row.at),
  requestId: row.request_id,
  actor: row.actor,
  agencyId: row.agency_id,
  agencyKind: row.agency_kind,
  purpose: row.purpose,
  householdId: row.household_id,
  ownerAgencyIds: row.owner_agency_ids,
  category: row.category,
  field: row.field,
  subgraph: row.subgraph,
  released: row.released,
  basis: row.basis,
  reference: row.reference,
});

/**
 * Up to `limit` entries matching the filter, newest first (by the record's instant, its id, then
 * the decision's place), after the given entry. Pages over records, newest first, a round at a
 * time, and unpacks only those: a page costs the records it reads, not the whole log (more rounds
 * only where selected records hold no entry the officer may see, as an owner of other households).
 */
export async function readAccessLog(
  em: EntityManager,
  filter: AccessLogFilter,
  limit: number,
  after?: EntryId,
  recordsPerRound = RECORDS_PER_ROUND,
): Promise<AccessLogEntryRow[]> {
  const knex = em.getKnex();
  const records = recordConditions(filter);
  const entries = entryConditions(filter);
  const perRound = Math.max(1, recordsPerRound);
  const found: AccessLogEntryRow[] = [];
  // Where the next round starts: the cursor's record (its own entries before the cursor's
  // included), then strictly after the last record read. Compared in the database at its full
  // precision.
  let from: { recordId: string; inclusive: boolean; n?: number } | undefined = after
    ? { recordId: after.recordId, inclusive: true, n: after.n }
    : undefined;
  for (;;) {
    const start = from
      ? `and (record.at, record.id) ${from.inclusive ? '<=' : '<'} (select cursor.at, cursor.id from access_log_record as cursor where cursor.id = ?)`
      : '';
    const { rows: selected } = await knex.raw<{ rows: { id: string }[] }>(
      `select record.id from access_log_record as record
        where ${records.sql} ${start}
        order by record.at desc, record.id desc
        limit ?`,
      [...records.bindings, ...(from ? [from.recordId] : []), perRound],
    );
    if (selected.length === 0) return found;
    const ids = selected.map((row) => row.id);
    // Within the cursor's own record, only the decisions before the cursor's.
    const beforeCursor = from?.n !== undefined ? `and (record.id <> ? or entry.n < ?)` : '';
    const { rows } = await knex.raw<{ rows: Row[] }>(
      // Whose client a household is, and which staff member of another agency asked, are not the
      // officer's to learn: the owners only for an owner's officer (then their own agency), the
      // actor only for the asking agency's.
      `select record.id as record_id, entry.n, record.at, record.request_id,
              case when record.agency_id = ? then record.actor end as actor,
              record.agency_id, record.agency_kind, record.purpose, record.subgraph,
              ${HOUSEHOLD_OF_ENTRY} as household_id,
              case when ${OWNERS_OF_ENTRY} @> jsonb_build_array(?::text) then ${OWNERS_OF_ENTRY}
                   else '[]'::jsonb end as owner_agency_ids,
              record.fields[(entry.decision->>1)::int + 1] as field,
              record.categories[(entry.decision->>1)::int + 1] as category,
              ${RELEASED} as released,
              entry.decision->>3 as basis,
              record."references"[(entry.decision->>4)::int + 1] as reference
         from access_log_record as record
         cross join lateral jsonb_array_elements(record.decisions) with ordinality as entry(decision, n)
        where record.id = any(?::uuid[]) and ${entries.sql} ${beforeCursor}
        order by record.at desc, record.id desc, entry.n desc
        limit ?`,
      [
        filter.readerAgencyId,
        filter.readerAgencyId,
        `{${ids.join(',')}}`,
        ...entries.bindings,
        ...(from?.n !== undefined ? [from.recordId, from.n] : []),
        limit - found.length,
      ],
    );
    found.push(...rows.map(toEntry));
    if (found.length >= limit || selected.length < perRound) return found;
    from = { recordId: ids.at(-1)!, inclusive: false };
  }
}

/**
 * Whether the entry is one of this list's: it exists, and the filter and the officer may see it.
 * A cursor naming any other entry (made up, or from another officer's or another filter's list)
 * would be a position in a list it does not belong to.
 */
export async function accessLogHasEntry(
  em: EntityManager,
  filter: AccessLogFilter,
  { recordId, n }: EntryId,
): Promise<boolean> {
  const records = recordConditions(filter);
  const entries = entryConditions(filter);
  const { rows } = await em.getKnex().raw<{ rows: unknown[] }>(
    `select 1 from access_log_record as record
       cross join lateral jsonb_array_elements(record.decisions) with ordinality as entry(decision, n)
      where record.id = ? and entry.n = ? and ${records.sql} and ${entries.sql}`,
    [recordId, n, ...records.bindings, ...entries.bindings],
  );
  return rows.length > 0;
}

/**
 * How many entries match the filter, without unpacking a record unless a household is asked
 * about: a record the officer's own agency asked for counts all its decisions, one it sees as an
 * owner the releases of its agency's data (kept with the record; one written by a registry of
 * the previous version, uncounted, is counted from its decisions).
 */
export async function countAccessLog(em: EntityManager, filter: AccessLogFilter): Promise<number> {
  const records = recordConditions(filter);
  if (filter.householdId) {
    const entries = entryConditions(filter);
    const { rows } = await em.getKnex().raw<{ rows: { n: number }[] }>(
      `select coalesce(sum((select count(*)
                              from jsonb_array_elements(record.decisions) as entry(decision)
                             where ${entries.sql})), 0)::int as n
         from access_log_record as record
        where ${records.sql}`,
      [...entries.bindings, ...records.bindings],
    );
    return rows[0]?.n ?? 0;
  }
  const entries = entryConditions(filter);
  const { rows } = await em.getKnex().raw<{ rows: { n: number }[] }>(
    `select coalesce(sum(
              case when record.agency_id = ? then jsonb_array_length(record.decisions)
                   when record.releases_by_owner is not null
                     then coalesce((record.releases_by_owner ->> ?)::int, 0)
                   else (select count(*)
                           from jsonb_array_elements(record.decisions) as entry(decision)
                          where ${entries.sql})
              end), 0)::int as n
       from access_log_record as record
      where ${records.sql}`,
    [filter.readerAgencyId, filter.readerAgencyId, ...entries.bindings, ...records.bindings],
  );
  return rows[0]?.n ?? 0;
}
