/**
 * What the consent engine should decide, worked out without any of its code: the policy file is
 * read with a YAML parse of its own and its rules applied in a few lines here; the agencies that
 * own a household's data are read from the subgraphs' tables with SQL of their own; grants are
 * matched by hand. The property test compares the hub with this, so a mistake in the policy's
 * evaluation, in a subgraph's ownership or in the registry's matching of grants shows up as a
 * difference instead of moving the expected answer along with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SubgraphName } from '@wohnnetz/service-kit';
import type { TestHub } from '@wohnnetz/testing';

interface PolicyRule {
  categories: string[];
  owners?: string[];
  requesters?: string[];
  purposes?: string[];
  basis: 'statutory' | 'consent' | 'never';
  paragraph?: string;
  reason?: string;
}

interface PolicyFile {
  categories: Record<string, { consentable?: boolean }>;
  /** A description, or the description and whether a household can consent to it. */
  purposes: Record<string, string | { consentable?: boolean }>;
  owners: Record<string, string>;
  rules: PolicyRule[];
}

const policyFile = parse(
  readFileSync(join(__dirname, '../schema/consent-policy.yaml'), 'utf8'),
) as PolicyFile;

export interface OracleRequester {
  agencyId: string;
  agencyKind: string;
  purpose: string;
}

/** A grant as recorded, with its withdrawal; oracles take them oldest recorded first. */
export interface OracleGrant {
  id: string;
  householdId: string;
  recordedByAgencyId: string;
  recipientAgencyId: string | null;
  recipientAgencyKind: string | null;
  categories: string[];
  purposes: string[];
  validFrom: Date;
  validUntil: Date | null;
  withdrawnAt: Date | null;
}

export interface Expected {
  released: boolean;
  basis: 'OWN_TASK' | 'STATUTORY' | 'CONSENT' | 'NEVER' | 'NO_CONSENT';
  /** The paragraph, the grant id or the policy's reason. */
  reference: string | null;
}

const within = (list: string[] | undefined, value: string) =>
  list === undefined || list.includes(value);

/** The household's consents an agency reads: recorded by it, or naming it or its kind. */
export const partOf = (grants: OracleGrant[], requester: OracleRequester) =>
  grants.filter(
    (grant) =>
      grant.recordedByAgencyId === requester.agencyId ||
      grant.recipientAgencyId === requester.agencyId ||
      grant.recipientAgencyKind === requester.agencyKind,
  );

/**
 * The decision about one guarded value: own task where the requester recorded all of the
 * household's data in the subgraph; else the first rule of the policy that matches, where a
 * `consent` rule or none at all needs a grant for this household, recipient, category and
 * purpose, valid now (from inclusive, until exclusive) and not withdrawn (a recorded withdrawal
 * counts whatever its instant) — the first such grant is the one named; where the category or the
 * purpose is marked `consentable: false`, no grant counts and the value is never released.
 */
export function expectedDecision(
  requester: OracleRequester,
  householdId: string,
  category: string,
  subgraph: SubgraphName,
  owners: string[],
  grants: OracleGrant[],
  now: Date,
): Expected {
  if (owners.length === 1 && owners[0] === requester.agencyId) {
    return { released: true, basis: 'OWN_TASK', reference: null };
  }
  const ownerKind = policyFile.owners[subgraph]!;
  const rule = policyFile.rules.find(
    (candidate) =>
      candidate.categories.includes(category) &&
      within(candidate.owners, ownerKind) &&
      within(candidate.requesters, requester.agencyKind) &&
      within(candidate.purposes, requester.purpose),
  );
  if (rule?.basis === 'never') return { released: false, basis: 'NEVER', reference: rule.reason! };
  if (rule?.basis === 'statutory') {
    return { released: true, basis: 'STATUTORY', reference: rule.paragraph! };
  }
  // No consent can release what a household cannot consent to: never, with the reason why.
  if (policyFile.categories[category]?.consentable === false) {
    return {
      released: false,
      basis: 'NEVER',
      reference: `no rule gives a basis, and no household consent can release ${category} data`,
    };
  }
  const purpose = policyFile.purposes[requester.purpose];
  if (typeof purpose === 'object' && purpose.consentable === false) {
    return {
      released: false,
      basis: 'NEVER',
      reference: `no rule gives a basis, and a household cannot consent to ${requester.purpose}`,
    };
  }
  const t = now.getTime();
  const grant = grants.find(
    (candidate) =>
      candidate.householdId === householdId &&
      (candidate.recipientAgencyId === null
        ? candidate.recipientAgencyKind === requester.agencyKind
        : candidate.recipientAgencyId === requester.agencyId) &&
      candidate.categories.includes(category) &&
      candidate.purposes.includes(requester.purpose) &&
      candidate.validFrom.getTime() <= t &&
      (candidate.validUntil === null || t < candidate.validUntil.getTime()) &&
      candidate.withdrawnAt === null,
  );
  return grant
    ? { released: true, basis: 'CONSENT', reference: grant.id }
    : { released: false, basis: 'NO_CONSENT', reference: null };
}

/**
 * Every grant as recorded, oldest recorded first, with its withdrawal taken from its events (the
 * append-only proof), not from the grant's own column that the engine reads.
 */
export async function recordedGrants(hub: TestHub): Promise<OracleGrant[]> {
  const rows = await hub.subgraphs.consent.orm.em.getConnection().execute<
    {
      id: string;
      household_id: string;
      recorded_by_agency_id: string;
      recipient_agency_id: string | null;
      recipient_agency_kind: string | null;
      categories: string[];
      purposes: string[];
      valid_from: Date;
      valid_until: Date | null;
      withdrawn_at: Date | null;
    }[]
  >(
    `select g.id, g.household_id, g.recorded_by_agency_id, g.recipient_agency_id,
            g.recipient_agency_kind, to_json(g.categories) as categories,
            to_json(g.purposes) as purposes, g.valid_from, g.valid_until,
            (select min(e.at) from consent_event e
              where e.grant_id = g.id and e.kind = 'WITHDRAWN') as withdrawn_at
       from consent_grant g
      order by g.recorded_at, g.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    recordedByAgencyId: row.recorded_by_agency_id,
    householdId: row.household_id,
    recipientAgencyId: row.recipient_agency_id,
    recipientAgencyKind: row.recipient_agency_kind,
    categories: row.categories,
    purposes: row.purposes,
    validFrom: new Date(row.valid_from),
    validUntil: row.valid_until === null ? null : new Date(row.valid_until),
    withdrawnAt: row.withdrawn_at === null ? null : new Date(row.withdrawn_at),
  }));
}

/** Per subgraph: which agency recorded each of a household's records there. */
const RECORDED_BY: Record<Exclude<SubgraphName, 'consent'>, string> = {
  housing: 'select id as household_id, housing_office_agency_id as agency_id from household',
  jobcenter: `select household_id, jobcenter_agency_id as agency_id from benefit_case
              union all select household_id, received_by_agency_id from tenancy_warning`,
  welfare: 'select household_id, provider_agency_id as agency_id from support_case',
  landlords: 'select household_id, landlord_agency_id as agency_id from tenancy',
  training: 'select household_id, provider_agency_id as agency_id from enrollment',
};

const soleOwner = (agencies: (string | null)[]) => {
  const distinct = new Set(agencies);
  const [only] = distinct;
  return distinct.size === 1 && only ? [only] : [];
};

/**
 * The owners of every household's data per subgraph, for this requester: the one agency that
 * recorded all of its records there. In the registry an agency is judged on its part of the
 * consents: it owns them where it recorded all of that part (not where that part is empty).
 */
export async function expectedOwners(
  hub: TestHub,
  requester: OracleRequester,
  grants: OracleGrant[],
): Promise<Record<SubgraphName, Map<string, string[]>>> {
  const result = {} as Record<SubgraphName, Map<string, string[]>>;
  for (const [subgraph, sql] of Object.entries(RECORDED_BY)) {
    const rows = await hub.subgraphs[subgraph as SubgraphName].orm.em
      .getConnection()
      .execute<{ household_id: string; agency_id: string | null }[]>(sql);
    const byHousehold = Map.groupBy(rows, (row) => row.household_id);
    result[subgraph as SubgraphName] = new Map(
      [...byHousehold].map(([id, records]) => [id, soleOwner(records.map((r) => r.agency_id))]),
    );
  }
  // Judged on the requester's part alone; an empty part has no owner (decided by the policy).
  const grantsByHousehold = Map.groupBy(grants, (grant) => grant.householdId);
  result.consent = new Map(
    [...grantsByHousehold].map(([id, all]) => [
      id,
      soleOwner(partOf(all, requester).map((grant) => grant.recordedByAgencyId)),
    ]),
  );
  return result;
}
