/**
 * The jobcenter subgraph through its own GraphQL API (not the gateway): which benefit case and
 * which tenancy warnings a household gets, and that they are loaded in batches. What every
 * subgraph must do (malformed ids, _service, health, migrations) is tested in
 * test/subgraphs.test.ts.
 */
import { demoAgenciesOf, demoHouseholds } from '@wohnnetz/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@wohnnetz/testing';
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
      tenancyWarnings { id kind receivedOn arrearsCents source }
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

/** Code-point order, as PostgreSQL orders uuids (and ISO dates as text). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
});

describe('Household.benefitCase', () => {
  test('is the household’s case with the latest start date, null when it has none', async () => {
    // The data must exercise the rule: earlier cases exist (seeded before the current one), and
    // some households have no case.
    expect(households.some((household) => casesOf(household.id).length > 1)).toBe(true);
    expect(households.some((household) => casesOf(household.id).length === 0)).toBe(true);

    const resolved = await resolveHouseholds(households.map((household) => household.id));
    expect(resolved.map(({ id, benefitCase }) => ({ id, benefitCase }))).toEqual(
      households.map((household) => {
        const newest = casesOf(household.id)[0];
        return { id: household.id, benefitCase: newest ? caseData(newest) : null };
      }),
    );
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
