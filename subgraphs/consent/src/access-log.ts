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
   * about data their agency owns (as its sole owner), never another agency's dealings.
   */
  readerAgencyId: string;
  householdId?: string;
  agencyId?: string;
  requestId?: string;
}

export interface AccessLogEntryRow {
  id: EntryId;
  at: Date;
  requestId: string;
  actor: string;
  agencyId: string;
  agencyKind: string;
  purpose: string;
  householdId: string;
  ownerAgencyIds: string[];
  category: string;
  field: string;
  subgraph: string;
  released: boolean;
  basis: AccessBasis;
  reference: string | null;
}

/** Each decision of each record, with the values its indexes point to. */
const ENTRIES = `
  from access_log_record as record
  cross join lateral jsonb_array_elements(record.decisions) with ordinality as entry(decision, n)`;

const HOUSEHOLD_OF_ENTRY = `record.household_ids[(entry.decision->>0)::int + 1]`;
/** JSON arrays are indexed from 0; a record written before owners were logged has none. */
const OWNERS_OF_ENTRY = `coalesce(record.owner_agency_ids -> ((entry.decision->>0)::int), '[]'::jsonb)`;

/** The filter as SQL: `household_ids @> …` lets the GIN index pick the records first. */
function where(
  filter: AccessLogFilter,
  after?: EntryId,
): { sql: string; bindings: (string | number)[] } {
  const conditions = [`(record.agency_id = ? or ${OWNERS_OF_ENTRY} @> jsonb_build_array(?::text))`];
  const bindings: (string | number)[] = [filter.readerAgencyId, filter.readerAgencyId];
  if (filter.householdId) {
    conditions.push(`record.household_ids @> array[?]::uuid[] and ${HOUSEHOLD_OF_ENTRY} = ?`);
    bindings.push(filter.householdId, filter.householdId);
  }
  if (filter.agencyId) {
    conditions.push('record.agency_id = ?');
    bindings.push(filter.agencyId);
  }
  if (filter.requestId) {
    conditions.push('record.request_id = ?');
    bindings.push(filter.requestId);
  }
  if (after) {
    // Newest first by (at, record, n): the entries strictly after the cursor's entry in that
    // order, compared in the database at its full precision.
    conditions.push(
      '(record.at, record.id, entry.n) < (select cursor.at, cursor.id, ?::bigint from access_log_record as cursor where cursor.id = ?)',
    );
    bindings.push(after.n, after.recordId);
  }
  return { sql: `where ${conditions.join(' and ')}`, bindings };
}

interface Row {
  record_id: string;
  n: string | number;
  at: Date;
  request_id: string;
  actor: string;
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

/** Up to `limit` entries matching the filter, newest first, after the given entry. */
export async function readAccessLog(
  em: EntityManager,
  filter: AccessLogFilter,
  limit: number,
  after?: EntryId,
): Promise<AccessLogEntryRow[]> {
  const { sql, bindings } = where(filter, after);
  const { rows } = await em.getKnex().raw<{ rows: Row[] }>(
    `select record.id as record_id, entry.n, record.at, record.request_id, record.actor,
            record.agency_id, record.agency_kind, record.purpose, record.subgraph,
            ${HOUSEHOLD_OF_ENTRY} as household_id, ${OWNERS_OF_ENTRY} as owner_agency_ids,
            record.fields[(entry.decision->>1)::int + 1] as field,
            record.categories[(entry.decision->>1)::int + 1] as category,
            (entry.decision->>2)::boolean as released,
            entry.decision->>3 as basis,
            record."references"[(entry.decision->>4)::int + 1] as reference
       ${ENTRIES}
       ${sql}
      order by record.at desc, record.id desc, entry.n desc
      limit ?`,
    [...bindings, limit],
  );
  return rows.map((row) => ({
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
  }));
}

/** How many entries match the filter. */
export async function countAccessLog(em: EntityManager, filter: AccessLogFilter): Promise<number> {
  const { sql, bindings } = where(filter);
  const { rows } = await em
    .getKnex()
    .raw<{ rows: { n: number }[] }>(`select count(*)::int as n ${ENTRIES} ${sql}`, bindings);
  return rows[0]?.n ?? 0;
}
