/**
 * The registry's decisions: evaluates the policy and the households' grants for a batch of
 * guarded values and records every decision about a foreign agency in the access log. The
 * decisions are answered while the write runs; the write's outcome follows, and the asking
 * subgraph sends nothing it released before the write is committed (ConsentGuard.logged).
 *
 * This is the hot path of every guarded request (a page of 100 households means about a
 * thousand decisions), so it reads and writes plain rows and uses no transaction: the grants of
 * the batch's households that name this requester and purpose, with the requester's registration
 * (read once per gateway request, see request-grants.ts), and the insert of one access-log record
 * holding all of the batch's decisions.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  Interner,
  type ConsentCaller,
  type DecidedBatch,
  type DecisionService,
} from '@wohnnetz/consent-enforcement';
import {
  consentPolicy,
  decide,
  type Decision,
  type DecisionRequest,
  withNesting,
} from '@wohnnetz/consent-policy';
import { isUuid } from '@wohnnetz/service-kit';
import type { AccessBasis, AccessLogDecision } from '../entities/access-log-record.entity';
import { agencyRefusal, describeRefusal } from '../agency-standing';
import { RequestGrants, type GrantsRead } from './request-grants';

/** A row of the read: the calling agency's registration, and one grant (none: all null). */
interface GrantRow {
  agency_kind: string | null;
  agency_left_on: string | null;
  id: string | null;
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

/**
 * The calling agency's registration and the batch's households' grants that could cover it at
 * all (by recipient and purpose), in one statement: the registration on every row, and one row
 * with it alone where there are no grants.
 */
async function grantsOf(
  em: EntityManager,
  caller: ConsentCaller,
  householdIds: string[],
): Promise<GrantsRead> {
  const rows = await statement(em, 'select consent_grant …', async () => {
    const result = await em.getKnex().raw<{ rows: GrantRow[] }>(
      // Arrays as JSON: the driver parses JSON natively, text[] literals in JavaScript.
      `select agency.kind as agency_kind, agency.left_on::text as agency_left_on, grant_row.*
         from (values (?::varchar)) as caller (id)
         left join agency on agency.id = caller.id
         left join lateral (
           select id, household_id, recipient_agency_id, recipient_agency_kind,
                  to_json(categories) as categories, to_json(purposes) as purposes,
                  valid_from, valid_until, withdrawn_at, recorded_at
             from consent_grant
            where household_id = any(?::uuid[])
              and (recipient_agency_id = caller.id or recipient_agency_kind = ?)
              and ? = any(purposes)
         ) as grant_row on true
        -- Where several grants cover a value, the log names the one recorded first: the same
        -- proof however the table is laid out.
        order by grant_row.recorded_at, grant_row.id`,
      [caller.agencyId, uuidArray(householdIds), caller.agencyKind, caller.purpose],
    );
    return result.rows;
  });
  const [first] = rows;
  return {
    agency:
      first?.agency_kind == null ? null : { kind: first.agency_kind, leftOn: first.agency_left_on },
    grants: rows
      .filter((row) => row.id !== null)
      .map((row) => ({
        id: row.id!,
        householdId: row.household_id,
        recipientAgencyId: row.recipient_agency_id,
        recipientAgencyKind: row.recipient_agency_kind,
        categories: row.categories,
        purposes: row.purposes,
        validFrom: new Date(row.valid_from),
        validUntil: instant(row.valid_until),
        withdrawnAt: instant(row.withdrawn_at),
      })),
  };
}

/**
 * A batch's decisions as one access-log record (see entities/access-log-record.entity.ts): the
 * shared values once, households, fields and references as lists, each decision a tuple of
 * indexes into them. Arrays travel as JSON (no hand-made array literals).
 */
const INSERT_RECORD = `insert into access_log_record
    (id, at, request_id, actor, agency_id, agency_kind, purpose, subgraph,
     household_ids, owner_agency_ids, entries_by_owner, releases_by_owner, fields, categories,
     "references", decisions)
  values (gen_random_uuid(), ?::timestamptz, ?, ?, ?, ?, ?, ?,
          array(select jsonb_array_elements_text(?::jsonb))::uuid[],
          ?::jsonb,
          ?::jsonb,
          ?::jsonb,
          array(select jsonb_array_elements_text(?::jsonb)),
          array(select jsonb_array_elements_text(?::jsonb)),
          array(select jsonb_array_elements_text(?::jsonb)),
          ?::jsonb)`;

/**
 * Runs a statement the ORM does not see (sent through knex directly: the ORM would first inline
 * the parameters into a copy of the query for its log) and counts it like every other one.
 */
async function statement<T>(em: EntityManager, label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  em.config.getLogger().logQuery({ query: label, took: Date.now() - started });
  return result;
}

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
  // The owners travel with each household (the officers of the owning agency read its entries).
  const households = new Interner<string, string[]>();
  const fields = new Interner<string, string>();
  const references = new Interner<string>();
  // Each owner's officer counts their entries (the releases of their data) from this, without
  // unpacking the record; the count of all decisions per owner is still written for a registry of
  // the previous version, which reads it, during a rolling deploy.
  const entriesByOwner: Record<string, number> = {};
  const releasesByOwner: Record<string, number> = {};
  for (const { ownerAgencyIds, released } of foreign) {
    for (const owner of ownerAgencyIds) {
      entriesByOwner[owner] = (entriesByOwner[owner] ?? 0) + 1;
      if (released) releasesByOwner[owner] = (releasesByOwner[owner] ?? 0) + 1;
    }
  }
  const entries: AccessLogDecision[] = foreign.map((d) => [
    households.indexOf(d.householdId, d.ownerAgencyIds),
    fields.indexOf(d.field, d.category),
    d.released,
    d.basis as AccessBasis,
    d.reference === null ? null : references.indexOf(d.reference),
  ]);
  await statement(em, `insert into access_log_record … (${entries.length} decisions)`, () =>
    em
      .getKnex()
      .raw(INSERT_RECORD, [
        at.toISOString(),
        caller.requestId,
        caller.actor,
        caller.agencyId,
        caller.agencyKind,
        caller.purpose,
        subgraph,
        JSON.stringify(households.keys),
        JSON.stringify(households.values),
        JSON.stringify(entriesByOwner),
        JSON.stringify(releasesByOwner),
        JSON.stringify(fields.keys),
        JSON.stringify(fields.values),
        JSON.stringify(references.keys),
        JSON.stringify(entries),
      ]),
  );
}

const requestGrants = new WeakMap<MikroORM, RequestGrants>();

/** One per registry (its database): the decision endpoint and its own fields' decisions share it. */
export function requestGrantsOf(orm: MikroORM): RequestGrants {
  let grants = requestGrants.get(orm);
  if (!grants) {
    grants = new RequestGrants((caller, householdIds) => grantsOf(orm.em, caller, householdIds));
    requestGrants.set(orm, grants);
  }
  return grants;
}

/**
 * Decides, and starts the write of every decision in one insert — a single statement, so all
 * entries are written or none. The decisions are returned at once; `logged` settles when the
 * insert is committed and rejects if it failed, and then nothing may be released.
 */
export async function decideAndLog(
  em: EntityManager,
  grants: RequestGrants,
  caller: ConsentCaller,
  requests: DecisionRequest[],
  households: readonly string[] = [],
): Promise<DecidedBatch> {
  const policy = consentPolicy();
  // The grants of the batch's other households too: the request's later calls will ask.
  const householdIds = [
    ...new Set([...requests.map((request) => request.householdId), ...households]),
  ];
  const { agency, byHousehold } = await grants.of(caller, householdIds);
  // Taken after the read: a withdrawal the read sees is dated before its commit, so before this
  // instant, and it applies (decided at an earlier instant, the consent would still be active).
  const now = new Date();
  // An agency the registry does not count as taking part receives nothing of another agency's,
  // whatever the policy or a consent would allow (ADR 0025); its own records stay its own.
  const refusal = agencyRefusal(caller, agency, now);
  const notTakingPart = refusal && describeRefusal(caller, refusal);
  const decisions = withNesting(
    requests.map((request) =>
      notTakingPart !== null && !request.ownerAgencyIds.includes(caller.agencyId)
        ? { ...request, released: false, basis: 'NOT_TAKING_PART', reference: notTakingPart }
        : decide(policy, caller, request, byHousehold.get(request.householdId) ?? [], now),
    ),
  );
  const subgraphs = [...new Set(requests.map((request) => request.subgraph))];
  const logged = Promise.all(
    subgraphs.map((subgraph) =>
      log(
        em,
        caller,
        subgraph,
        decisions.filter((decision) => decision.subgraph === subgraph),
        now,
      ),
    ),
  ).then(() => undefined);
  return { decisions, logged };
}

/** The registry deciding its own guarded fields, without a network hop. */
export function localDecisionService(orm: MikroORM): DecisionService {
  const grants = requestGrantsOf(orm);
  return {
    decide: (caller, _credentials, requests, households) =>
      decideAndLog(orm.em, grants, caller, requests, households),
  };
}
