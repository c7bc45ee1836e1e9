/**
 * The jobcenter subgraph through its own GraphQL API (not the gateway): which benefit case and
 * which tenancy warnings a household gets, and that they are loaded in batches. What every
 * subgraph must do (malformed ids, _service, health, migrations) is tested in
 * test/subgraphs.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { demoAgenciesOf, demoHouseholds } from '@wohnnetz/demo-data';
import {
  compareText,
  loggedDecisions,
  startTestSubgraph,
  withScratchDatabase,
  type TestSubgraph,
} from '@wohnnetz/testing';
import { BenefitCaseSchema, type BenefitCase } from './entities/benefit-case.entity';
import { TenancyWarningSchema, type TenancyWarning } from './entities/tenancy-warning.entity';
import { jobcenter } from './subgraph';

const HOUSEHOLDS = 36;
const households = demoHouseholds(HOUSEHOLDS);

interface BenefitCaseData {
  id: string;
  jobcenterAgencyId: string;
  benefitType: string | null;
  status: string | null;
  since: string | null;
  housingCostCeilingCents: number | null;
  directRentPayment: boolean | null;
}

interface TenancyWarningData {
  id: string;
  kind: string | null;
  receivedOn: string | null;
  arrearsCents: number | null;
  source: string | null;
  receivedByAgencyId: string;
}

interface HouseholdData {
  id: string;
  benefitCase: BenefitCaseData | null;
  tenancyWarnings: TenancyWarningData[];
}

const HOUSEHOLDS_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Household {
      id
      benefitCase {
        id jobcenterAgencyId benefitType status since housingCostCeilingCents directRentPayment
      }
      tenancyWarnings { id kind receivedOn arrearsCents source receivedByAgencyId }
    }
  }
}`;

let subgraph: TestSubgraph;
let seeded: { cases: BenefitCase[]; warnings: TenancyWarning[] };

/**
 * The subgraph, and the rows its database was seeded with, read with the subgraph's own ORM: the
 * expectations do not go through the loaders and resolvers under test.
 */
beforeAll(async () => {
  subgraph = await startTestSubgraph(jobcenter, { households: HOUSEHOLDS });
  const em = subgraph.orm.em.fork();
  seeded = {
    cases: await em.find(BenefitCaseSchema, {}),
    warnings: await em.find(TenancyWarningSchema, {}),
  };
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

/** Resolves households through `_entities`, as the gateway would; fails on any error. */
async function resolveHouseholds(ids: readonly string[]): Promise<HouseholdData[]> {
  const response = await subgraph.query<{ _entities: HouseholdData[] }>(HOUSEHOLDS_QUERY, {
    representations: ids.map((id) => ({ __typename: 'Household', id })),
  });
  expect(response.errors).toBeUndefined();
  return response.data!._entities;
}

const casesOf = (householdId: string): BenefitCase[] =>
  seeded.cases
    .filter((row) => row.householdId === householdId)
    .sort((a, b) => compareText(b.since, a.since) || compareText(a.id, b.id));

const warningsOf = (householdId: string): TenancyWarning[] =>
  seeded.warnings
    .filter((row) => row.householdId === householdId)
    .sort((a, b) => compareText(b.receivedOn, a.receivedOn) || compareText(a.id, b.id));

const caseData = (row: BenefitCase): BenefitCaseData => ({
  id: row.id,
  jobcenterAgencyId: row.jobcenterAgencyId,
  benefitType: row.benefitType,
  status: row.status,
  since: row.since,
  housingCostCeilingCents: row.housingCostCeilingCents,
  directRentPayment: row.directRentPayment,
});

const warningData = (row: TenancyWarning): TenancyWarningData => ({
  id: row.id,
  kind: row.kind,
  receivedOn: row.receivedOn,
  arrearsCents: row.arrearsCents,
  source: row.source,
  receivedByAgencyId: row.receivedByAgencyId,
});

describe('Household.benefitCase', () => {
  test('is the household’s current case, null when it has none', async () => {
    // The data must exercise the rule: earlier cases exist (seeded before the current one), and
    // some households have no case.
    expect(households.some((household) => casesOf(household.id).length > 1)).toBe(true);
    expect(households.some((household) => casesOf(household.id).length === 0)).toBe(true);

    const resolved = await resolveHouseholds(households.map((household) => household.id));
    expect(resolved.map(({ id, benefitCase }) => ({ id, benefitCase }))).toEqual(
      households.map((household) => {
        const cases = casesOf(household.id);
        const current = cases.find((row) => row.status !== 'ENDED') ?? cases[0];
        return { id: household.id, benefitCase: current ? caseData(current) : null };
      }),
    );
  });

  test('is a case not ended, before one that ended after it began; else the last ended', async () => {
    const current = seeded.cases.find(
      (row) => row.status !== 'ENDED' && casesOf(row.householdId).length === 1,
    )!;
    const connection = subgraph.orm.em.getConnection();
    // An earlier case of another benefit whose end was recorded after the current case began.
    const ended = randomUUID();
    const endedOn = '2026-11-20';
    expect(current.since < endedOn).toBe(true);
    await connection.execute(
      `insert into benefit_case (id, household_id, jobcenter_agency_id, benefit_type, status,
         since, housing_cost_ceiling_cents, direct_rent_payment)
       values (?, ?, ?, 'WOHNGELD', 'ENDED', ?, 50000, false)`,
      [ended, current.householdId, current.jobcenterAgencyId, endedOn],
    );
    try {
      const [withEnded] = await resolveHouseholds([current.householdId]);
      expect(withEnded!.benefitCase?.id).toBe(current.id);
      // Once the current case has ended too, the one that ended last.
      await connection.execute("update benefit_case set status = 'ENDED' where id = ?", [
        current.id,
      ]);
      const [allEnded] = await resolveHouseholds([current.householdId]);
      expect(allEnded!.benefitCase?.id).toBe(ended);
    } finally {
      await connection.execute('delete from benefit_case where id = ?', [ended]);
      await connection.execute('update benefit_case set status = ? where id = ?', [
        current.status,
        current.id,
      ]);
    }
  });

  test('names the Jobcenter of the household’s municipality', async () => {
    const resolved = await resolveHouseholds(households.map((household) => household.id));
    const withCase = households
      .map((household, index) => ({ household, benefitCase: resolved[index]!.benefitCase }))
      .filter(({ benefitCase }) => benefitCase !== null);
    expect(withCase.length).toBeGreaterThan(0);
    for (const { household, benefitCase } of withCase) {
      expect(benefitCase!.jobcenterAgencyId).toBe(
        demoAgenciesOf('JOBCENTER', household.municipality)[0]!.id,
      );
    }
  });
});

describe('Household.tenancyWarnings', () => {
  test('are all of the household’s warnings, newest first', async () => {
    // Escalations are seeded oldest first, so several warnings of one household test the order.
    expect(households.some((household) => warningsOf(household.id).length > 1)).toBe(true);

    const resolved = await resolveHouseholds(households.map((household) => household.id));
    expect(resolved.map(({ id, tenancyWarnings }) => ({ id, tenancyWarnings }))).toEqual(
      households.map((household) => ({
        id: household.id,
        tenancyWarnings: warningsOf(household.id).map(warningData),
      })),
    );
    for (const { tenancyWarnings } of resolved) {
      const dates = tenancyWarnings.map((warning) => warning.receivedOn!);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });
});

describe('households without jobcenter data', () => {
  test('have no benefit case and no warnings', async () => {
    const empty = households
      .filter((household) => !casesOf(household.id).length && !warningsOf(household.id).length)
      .map((household) => household.id);
    expect(empty.length).toBeGreaterThan(0);

    const ids = empty;
    expect(await resolveHouseholds(ids)).toEqual(
      ids.map((id) => ({ id, benefitCase: null, tenancyWarnings: [] })),
    );
  });
});

describe('batching', () => {
  test('resolving all households costs as many SQL statements as resolving one', async () => {
    // A household with data in every field, so that every loader runs for it.
    const complete = households.find(
      (household) => casesOf(household.id).length > 0 && warningsOf(household.id).length > 1,
    );
    expect(complete).toBeDefined();

    subgraph.statements.reset();
    const [one] = await resolveHouseholds([complete!.id]);
    const forOne = subgraph.statements.total;
    expect(one!.benefitCase).not.toBeNull();
    expect(one!.tenancyWarnings.length).toBeGreaterThan(1);

    subgraph.statements.reset();
    const all = await resolveHouseholds(households.map((household) => household.id));
    const forAll = subgraph.statements.total;
    expect(all).toHaveLength(HOUSEHOLDS);

    expect(forOne).toBeGreaterThan(0);
    expect(forAll).toBe(forOne);
  });
});

describe('who owns a household’s data here', () => {
  test('a Jobcenter owns a household’s data only if it recorded all of it, the warnings included', async () => {
    const household = households.find(
      (candidate) => casesOf(candidate.id).length > 0 && warningsOf(candidate.id).length === 0,
    )!;
    const owner = casesOf(household.id)[0]!.jobcenterAgencyId;
    const other = demoAgenciesOf('JOBCENTER').find((agency) => agency.id !== owner)!;
    const ask = async () => {
      const requestId = randomUUID();
      const response = await subgraph.query(
        'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { benefitCase { status } } } }',
        { representations: [{ __typename: 'Household', id: household.id }] },
        {
          agencyId: owner,
          agencyKind: 'JOBCENTER',
          purpose: 'BENEFIT_ADMINISTRATION',
          requestId,
        },
      );
      return { response, entries: await loggedDecisions(subgraph, requestId, owner, 'JOBCENTER') };
    };

    // Its own benefit case: its own task, no disclosure, nothing logged.
    const own = await ask();
    expect(own.response.errors).toBeUndefined();
    expect(own.entries).toEqual([]);

    // Once another Jobcenter has recorded a warning of the household, the case is no longer the
    // first one's alone: asking for it is a decision the registry makes and logs.
    const em = subgraph.orm.em.fork();
    const warning = em.create(TenancyWarningSchema, {
      id: randomUUID(),
      householdId: household.id,
      kind: 'RENT_ARREARS',
      receivedOn: '2026-11-02',
      arrearsCents: 120_000,
      source: 'LANDLORD',
      receivedByAgencyId: other.id,
    });
    await em.flush();
    try {
      const shared = await ask();
      expect(shared.entries.map((entry) => entry.field)).toEqual(['Household.benefitCase']);
      expect(shared.entries[0]!.basis).not.toBe('OWN_TASK');
    } finally {
      await em.remove(warning).flush();
    }
  });
  test('no agency owns warnings whose receiver is unknown, not even one whose token names "unknown"', async () => {
    // The migration's stand-in for a receiver it could not tell is no agency: a token that names
    // an agency "unknown" must not read those warnings as its own task, unlogged.
    const household = households.find(
      (candidate) => !casesOf(candidate.id).length && !warningsOf(candidate.id).length,
    )!;
    const em = subgraph.orm.em.fork();
    const warning = em.create(TenancyWarningSchema, {
      id: randomUUID(),
      householdId: household.id,
      kind: 'EVICTION_SUIT',
      receivedOn: '2026-10-01',
      arrearsCents: 250_000,
      source: 'COURT',
      receivedByAgencyId: 'unknown',
    });
    await em.flush();
    try {
      const requestId = randomUUID();
      const response = await subgraph.query<{ _entities: { tenancyWarnings: unknown }[] }>(
        'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { tenancyWarnings { kind arrearsCents } } } }',
        { representations: [{ __typename: 'Household', id: household.id }] },
        {
          agencyId: 'unknown',
          agencyKind: 'JOBCENTER',
          purpose: 'BENEFIT_ADMINISTRATION',
          requestId,
        },
      );
      expect(response.data!._entities[0]!.tenancyWarnings).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.field)).toEqual([
        'Household.tenancyWarnings',
      ]);
      const entries = await loggedDecisions(subgraph, requestId, 'unknown', 'JOBCENTER');
      expect(entries.map(({ field, released }) => ({ field, released }))).toEqual([
        { field: 'Household.tenancyWarnings', released: false },
      ]);
    } finally {
      await em.remove(warning).flush();
    }
  });
});

describe('the migration that records who received a warning', () => {
  test('names the Jobcenter of the household’s cases where there is one, else unknown', async () => {
    await withScratchDatabase(jobcenter, async (scratch) => {
      const migrator = scratch.getMigrator();
      await migrator.up({ to: 'Migration20261123182516' });
      const connection = scratch.em.getConnection();
      const [single, mixed, none] = [randomUUID(), randomUUID(), randomUUID()];
      const cases: [string, string][] = [
        [single, 'jobcenter-hagen'],
        [single, 'jobcenter-hagen'],
        [mixed, 'jobcenter-hagen'],
        [mixed, 'jobcenter-dortmund'],
      ];
      for (const [household, agency] of cases) {
        await connection.execute(
          `insert into benefit_case (id, household_id, jobcenter_agency_id, benefit_type, status,
             since, housing_cost_ceiling_cents, direct_rent_payment)
           values (?, ?, ?, 'SGB_II', 'ACTIVE', '2025-01-01', 50000, false)`,
          [randomUUID(), household, agency],
        );
      }
      for (const household of [single, mixed, none]) {
        await connection.execute(
          `insert into tenancy_warning (id, household_id, kind, received_on, arrears_cents, source)
           values (?, ?, 'RENT_ARREARS', '2026-01-01', 100000, 'LANDLORD')`,
          [randomUUID(), household],
        );
      }
      await migrator.up();
      expect(await migrator.checkMigrationNeeded()).toBe(false);
      const rows = await connection.execute<{ household_id: string; agency: string }[]>(
        'select household_id, received_by_agency_id as agency from tenancy_warning',
      );
      const receivedBy = new Map(rows.map((row) => [row.household_id, row.agency]));
      expect(receivedBy).toEqual(
        new Map([
          [single, 'jobcenter-hagen'],
          [mixed, 'unknown'],
          [none, 'unknown'],
        ]),
      );
    });
  });
});
