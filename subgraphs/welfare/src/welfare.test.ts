/**
 * The welfare subgraph through its own GraphQL API (not the gateway): the providers list, a
 * household's support cases with their providers, and that they are loaded in batches. What every
 * subgraph must do (malformed ids, _service, health, migrations) is tested in
 * test/subgraphs.test.ts.
 */
import { MUNICIPALITIES, demoAgenciesOf, demoHouseholds } from '@wohnnetz/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@wohnnetz/testing';
import { SupportCaseSchema, type SupportCase } from './entities/support-case.entity';
import { WelfareProviderSchema, type WelfareProvider } from './entities/welfare-provider.entity';
import { welfare } from './subgraph';

const HOUSEHOLDS = 36;
const households = demoHouseholds(HOUSEHOLDS);

interface ProviderData {
  id: string;
  agencyId: string;
  name: string;
  association: string;
  municipality: string;
}

interface SupportCaseData {
  id: string;
  kind: string | null;
  targetGroup: string | null;
  status: string | null;
  openedOn: string | null;
  closedOn: string | null;
  visitsCount: number | null;
  provider: ProviderData;
  healthNotes: string | null;
  probationSupervision: boolean | null;
}

interface HouseholdData {
  id: string;
  supportCases: SupportCaseData[];
}

const PROVIDER_FIELDS = 'id agencyId name association municipality';

const PROVIDERS_QUERY = `query ($municipality: Municipality) {
  welfareProviders(municipality: $municipality) { ${PROVIDER_FIELDS} }
}`;

const HOUSEHOLDS_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Household {
      id
      supportCases {
        id kind targetGroup status openedOn closedOn visitsCount
        provider { ${PROVIDER_FIELDS} }
        healthNotes probationSupervision
      }
    }
  }
}`;

let subgraph: TestSubgraph;
let seeded: { providers: WelfareProvider[]; cases: SupportCase[] };

/**
 * The subgraph, and the rows its database was seeded with, read with the subgraph's own ORM: the
 * expectations do not go through the loaders and resolvers under test.
 */
beforeAll(async () => {
  subgraph = await startTestSubgraph(welfare, { households: HOUSEHOLDS });
  const em = subgraph.orm.em.fork();
  seeded = {
    providers: await em.find(WelfareProviderSchema, {}),
    cases: await em.find(SupportCaseSchema, {}),
  };
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

async function welfareProviders(municipality?: string): Promise<ProviderData[]> {
  const response = await subgraph.query<{ welfareProviders: ProviderData[] }>(PROVIDERS_QUERY, {
    municipality,
  });
  expect(response.errors).toBeUndefined();
  return response.data!.welfareProviders;
}

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

const providerData = (row: WelfareProvider): ProviderData => ({
  id: row.id,
  agencyId: row.agencyId,
  name: row.name,
  association: row.association,
  municipality: row.municipality,
});

const providerById = (id: string): WelfareProvider => {
  const provider = seeded.providers.find((row) => row.id === id);
  if (!provider) throw new Error(`no seeded provider ${id}`);
  return provider;
};

const casesOf = (householdId: string): SupportCase[] =>
  seeded.cases
    .filter((row) => row.householdId === householdId)
    .sort((a, b) => compareText(b.openedOn, a.openedOn) || compareText(a.id, b.id));

const caseData = (row: SupportCase): SupportCaseData => ({
  id: row.id,
  kind: row.kind,
  targetGroup: row.targetGroup,
  status: row.status,
  openedOn: row.openedOn,
  closedOn: row.closedOn,
  visitsCount: row.visitsCount,
  provider: providerData(providerById(row.provider.id)),
  healthNotes: row.healthNotes ?? null,
  probationSupervision: row.probationSupervision ?? null,
});

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name) || compareText(a.id, b.id);

describe('Query.welfareProviders', () => {
  test('without a municipality lists every provider, ordered by name', async () => {
    // One provider per demo welfare agency; seeded in an order that is not the name order.
    expect(seeded.providers.map((row) => row.agencyId).sort()).toEqual(
      demoAgenciesOf('WELFARE_PROVIDER')
        .map((agency) => agency.id)
        .sort(),
    );
    const expected = seeded.providers.map(providerData).sort(byName);
    expect(seeded.providers.map(providerData)).not.toEqual(expected);

    expect(await welfareProviders()).toEqual(expected);
  });

  test.each(MUNICIPALITIES)(
    'with municipality %s lists only its providers',
    async (municipality) => {
      const expected = seeded.providers
        .filter((row) => row.municipality === municipality)
        .map(providerData)
        .sort(byName);
      expect(expected.length).toBeGreaterThan(0);

      const providers = await welfareProviders(municipality);
      expect(providers).toEqual(expected);
      expect(providers.every((provider) => provider.municipality === municipality)).toBe(true);
    },
  );
});

describe('Household.supportCases', () => {
  test('are all of the household’s cases, newest first, each with its provider', async () => {
    // Aftercare follows a first case and is seeded after it, so such households test the order.
    expect(households.some((household) => casesOf(household.id).length > 1)).toBe(true);

    const resolved = await resolveHouseholds(households.map((household) => household.id));
    expect(resolved).toEqual(
      households.map((household) => ({
        id: household.id,
        supportCases: casesOf(household.id).map(caseData),
      })),
    );
    // The special-category fields are seeded for some cases only.
    const cases = resolved.flatMap((household) => household.supportCases);
    expect(cases.some((supportCase) => supportCase.healthNotes !== null)).toBe(true);
    expect(cases.some((supportCase) => supportCase.healthNotes === null)).toBe(true);
    expect(cases.some((supportCase) => supportCase.probationSupervision !== null)).toBe(true);
    expect(cases.some((supportCase) => supportCase.probationSupervision === null)).toBe(true);
    for (const { supportCases } of resolved) {
      const opened = supportCases.map((supportCase) => supportCase.openedOn!);
      expect(opened).toEqual([...opened].sort().reverse());
    }
  });

  test('are run by a provider of the household’s municipality', async () => {
    const resolved = await resolveHouseholds(households.map((household) => household.id));
    const pairs = households.flatMap((household, index) =>
      resolved[index]!.supportCases.map((supportCase) => ({ household, supportCase })),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const { household, supportCase } of pairs) {
      expect(supportCase.provider.municipality).toBe(household.municipality);
    }
  });

  test('are empty for households without cases', async () => {
    const empty = households
      .filter((household) => casesOf(household.id).length === 0)
      .map((household) => household.id);
    expect(empty.length).toBeGreaterThan(0);

    const ids = empty;
    expect(await resolveHouseholds(ids)).toEqual(ids.map((id) => ({ id, supportCases: [] })));
  });
});

describe('batching', () => {
  test('resolving all households costs as many SQL statements as resolving one', async () => {
    // A household with cases (and so providers), so that every loader runs for it.
    const complete = households.find((household) => casesOf(household.id).length > 1);
    expect(complete).toBeDefined();

    subgraph.statements.reset();
    const [one] = await resolveHouseholds([complete!.id]);
    const forOne = subgraph.statements.total;
    expect(one!.supportCases.length).toBeGreaterThan(1);

    subgraph.statements.reset();
    const all = await resolveHouseholds(households.map((household) => household.id));
    const forAll = subgraph.statements.total;
    expect(all).toHaveLength(HOUSEHOLDS);
    // The whole batch reaches more than one provider, so the provider loader batches too.
    const providers = new Set(
      all.flatMap((household) =>
        household.supportCases.map((supportCase) => supportCase.provider.id),
      ),
    );
    expect(providers.size).toBeGreaterThan(1);

    expect(forOne).toBeGreaterThan(0);
    expect(forAll).toBe(forOne);
  });
});
