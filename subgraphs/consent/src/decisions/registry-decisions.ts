/**
 * The registry's decisions: evaluates the policy and the households' grants for a batch of
 * guarded values and writes one access-log entry per decision about a foreign agency — committed
 * before the decisions are returned, so no value leaves a subgraph unlogged.
 *
 * This is the hot path of every guarded request (a page of 100 households means about a
 * thousand decisions), so it reads and writes plain rows in two statements and no transaction:
 * the grants of the batch's households that name this requester and purpose, and one insert of
 * all log entries.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConsentCaller, DecisionService } from '@wohnnetz/consent-enforcement';
import {
  consentPolicy,
  decide,
  type Decision,
  type DecisionRequest,
  withNesting,
  type GrantView,
} from '@wohnnetz/consent-policy';
import { isUuid } from '@wohnnetz/service-kit';

interface GrantRow {
  id: string;
  household_id: string;
  recipient_agency_id: string | null;
  recipient_agency_kind: string | null;
  categories: string[];
  purposes: string[];
  // The ORM's driver leaves timestamps as text.
  valid_from: string | Date;
  valid_until: string | Date | null;
  withdrawn_at: string | Date | null;
}

const instant = (value: string | Date | null): Date | null =>
  value === null ? null : new Date(value);

/** A PostgreSQL uuid[] literal; every id was checked to be a UUID. */
function uuidArray(ids: string[]): string {
  if (!ids.every(isUuid)) throw new Error('household ids must be UUIDs');
  return `{${ids.join(',')}}`;
}

/** The batch's households' grants that could cover this requester at all (by recipient and purpose). */
async function grantsOf(
  em: EntityManager,
  caller: ConsentCaller,
  householdIds: string[],
): Promise<GrantView[]> {
  if (householdIds.length === 0) return [];
  const rows = await em.getConnection().execute<GrantRow[]>(
    // Arrays as JSON: the driver parses JSON natively, text[] literals in JavaScript.
    `select id, household_id, recipient_agency_id, recipient_agency_kind,
            to_json(categories) as categories, to_json(purposes) as purposes,
            valid_from, valid_until, withdrawn_at
       from consent_grant
      where household_id = any(?::uuid[])
        and (recipient_agency_id = ? or recipient_agency_kind = ?)
        and ? = any(purposes)`,
    [uuidArray(householdIds), caller.agencyId, caller.agencyKind, caller.purpose],
    'all',
  );
  return rows.map((row) => ({
    id: row.id,
    householdId: row.household_id,
    recipientAgencyId: row.recipient_agency_id,
    recipientAgencyKind: row.recipient_agency_kind,
    categories: row.categories,
    purposes: row.purposes,
    validFrom: new Date(row.valid_from),
    validUntil: instant(row.valid_until),
    withdrawnAt: instant(row.withdrawn_at),
  }));
}

const INSERT_LOG = `insert into access_log_entry
    (id, at, request_id, actor, agency_id, agency_kind, purpose,
     household_id, category, field, subgraph, released, basis, reference)
  select gen_random_uuid(), ?::timestamptz, ?, ?, ?, ?, ?,
         (entry->>0)::uuid, entry->>1, entry->>2, ?, (entry->>3)::boolean, entry->>4, entry->>5
    from json_array_elements(?::json) as entry`;

/**
 * One statement, however many decisions: what all entries share as parameters, the rest as one
 * JSON array of tuples. Sent through knex directly: the ORM would first inline the (large)
 * parameters into a copy of the query for its log. Counted like every other statement.
 */
async function log(
  em: EntityManager,
  caller: ConsentCaller,
  subgraph: string,
  decisions: Decision[],
  at: Date,
): Promise<void> {
  // The agency's own records are not disclosures; values never reached are no disclosures.
  const foreign = decisions.filter(
    (decision) => decision.basis !== 'OWN_TASK' && decision.basis !== 'NOT_REACHED',
  );
  if (foreign.length === 0) return;
  const entries = foreign.map((d) => [
    d.householdId,
    d.category,
    d.field,
    d.released,
    d.basis,
    d.reference,
  ]);
  const started = Date.now();
  await em
    .getKnex()
    .raw(INSERT_LOG, [
      at.toISOString(),
      caller.requestId,
      caller.actor,
      caller.agencyId,
      caller.agencyKind,
      caller.purpose,
      subgraph,
      JSON.stringify(entries),
    ]);
  em.config.getLogger().logQuery({
    query: `insert into access_log_entry … (${entries.length} entries)`,
    took: Date.now() - started,
  });
}

/**
 * Decides, then logs every decision in one insert — a single statement, so all entries are
 * written or none; if the log fails this throws, and nothing is released.
 */
export async function decideAndLog(
  em: EntityManager,
  caller: ConsentCaller,
  requests: DecisionRequest[],
): Promise<Decision[]> {
  const policy = consentPolicy();
  const now = new Date();
  const householdIds = [...new Set(requests.map((request) => request.householdId))];
  const grants = await grantsOf(em, caller, householdIds);
  const decisions = withNesting(
    requests.map((request) => decide(policy, caller, request, grants, now)),
  );
  const subgraphs = [...new Set(requests.map((request) => request.subgraph))];
  for (const subgraph of subgraphs) {
    const ofSubgraph = decisions.filter((decision) => decision.subgraph === subgraph);
    await log(em, caller, subgraph, ofSubgraph, now);
  }
  return decisions;
}

/** The registry deciding its own guarded fields, without a network hop. */
export function localDecisionService(em: EntityManager): DecisionService {
  return { decide: (caller, _credentials, requests) => decideAndLog(em, caller, requests) };
}
