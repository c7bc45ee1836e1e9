/**
 * The welfare subgraph through its own GraphQL API (not the gateway): the providers list, a
 * household's support cases with their providers, who owns a household's data here, and that they
 * are loaded in batches. What every
 * subgraph must do (malformed ids, _service, health, migrations) is tested in
 * test/subgraphs.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { MUNICIPALITIES, demoAgenciesOf, demoHouseholds } from '@wohnnetz/demo-data';
import {
  compareText,
  loggedDecisions,
  startTestSubgraph,
  withScratchDatabase,
  type TestSubgraph,
} from '@wohnnetz/testing';
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
  providerAgencyId: string;
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
        providerAgencyId
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
  providerAgencyId: row.providerAgencyId,
  healthNotes: row.healthNotes ?? null,
  probationSupervision: row.probationSupervision ?? null,
});

/** The list's order: by name in code-point order (the collation "C"), then by id. */
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  compareText(a.name, b.name) || compareText(a.id, b.id);

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

  test('orders names by code point, whatever collation the database was created with', async () => {
    // Names a linguistic collation orders otherwise: lower case, an umlaut, a hyphen.
    const names = ['Zuflucht e. V.', 'awo Wohnhilfe', 'Ökumenische Hilfe', 'Beratungs-Zentrum'];
    const added = names.map((name, index) => ({
      id: randomUUID(),
      agencyId: `welfare-order-${index}`,
      name,
      association: 'OTHER',
      municipality: 'HAGEN',
    }));
    const connection = subgraph.orm.em.getConnection();
    for (const row of added) {
      await connection.execute(
        `insert into welfare_provider (id, agency_id, name, association, municipality)
         values (?, ?, ?, ?, ?)`,
        [row.id, row.agencyId, row.name, row.association, row.municipality],
      );
    }
    // The column takes the database's default collation: here a linguistic one (ICU's root
    // locale, which the embedded server and PostgreSQL's packages have), as on a server whose
    // databases are created with, say, de_DE.UTF-8.
    const collate = (collation: string) =>
      connection.execute(
        `alter table welfare_provider alter column name type varchar(200) collate ${collation}`,
      );
    await collate('"und-x-icu"');
    try {
      const expected = [
        ...seeded.providers.filter((row) => row.municipality === 'HAGEN').map(providerData),
        ...added,
      ].sort(byName);
      const linguistic = await connection.execute<{ name: string }[]>(
        "select name from welfare_provider where municipality = 'HAGEN' order by name, id",
      );
      expect(linguistic.map((row) => row.name)).not.toEqual(expected.map((row) => row.name));

      expect(await welfareProviders('HAGEN')).toEqual(expected);
    } finally {
      await collate('"default"');
      await connection.execute(
        `delete from welfare_provider where id in (${added.map(() => '?').join(', ')})`,
        added.map((row) => row.id),
      );
    }
  });
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

describe('who owns a household’s data here', () => {
  /** A support case of a household whose cases were all opened by one provider's agency. */
  const soleProviderCase = () =>
    seeded.cases.find((row) =>
      casesOf(row.householdId).every((other) => other.providerAgencyId === row.providerAgencyId),
    )!;

  /** Asks for the household's support cases as a case worker of the agency; what was logged. */
  async function ask(householdId: string, agencyId: string) {
    const requestId = randomUUID();
    const response = await subgraph.query<{ _entities: HouseholdData[] }>(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { supportCases { kind healthNotes } } } }',
      { representations: [{ __typename: 'Household', id: householdId }] },
      {
        agencyId,
        agencyKind: 'WELFARE_PROVIDER',
        roles: ['caseworker'],
        purpose: 'TENANCY_SUPPORT',
        requestId,
      },
    );
    return {
      response,
      entries: await loggedDecisions(subgraph, requestId, agencyId, 'WELFARE_PROVIDER'),
    };
  }

  test('the agency whose provider opened the cases, also if they move to another provider', async () => {
    const supportCase = soleProviderCase();
    const openedBy = supportCase.providerAgencyId;
    const other = seeded.providers.find((row) => row.agencyId !== openedBy)!;

    // Its own record: released as its own task, nothing logged.
    const own = await ask(supportCase.householdId, openedBy);
    expect(own.response.errors).toBeUndefined();
    expect(own.entries).toEqual([]);

    // The household's cases are handed to another provider: they are not that agency's records,
    // so asking for them is a decision the registry makes and logs (no consent: withheld).
    const connection = subgraph.orm.em.getConnection();
    const moved = casesOf(supportCase.householdId).map((row) => row.id);
    const moveTo = (providerId: string) =>
      connection.execute(
        `update support_case set provider_id = ? where id in (${moved.map(() => '?').join(', ')})`,
        [providerId, ...moved],
      );
    await moveTo(other.id);
    try {
      const handedOn = await ask(supportCase.householdId, other.agencyId);
      expect(handedOn.response.errors?.map((error) => error.extensions?.code)).toEqual([
        'CONSENT_REQUIRED',
      ]);
      expect(handedOn.entries).toEqual([
        { field: 'Household.supportCases', basis: 'NO_CONSENT', released: false },
      ]);
    } finally {
      await moveTo(supportCase.provider.id);
    }
  });

  test('the agency whose provider opened the cases, also if the provider is handed on', async () => {
    const supportCase = soleProviderCase();
    const openedBy = supportCase.providerAgencyId;
    const connection = subgraph.orm.em.getConnection();
    const providerId = supportCase.provider.id;
    // The provider now belongs to an agency of its own (a provider has one agency).
    const successor = `${openedBy}-successor`;
    await connection.execute('update welfare_provider set agency_id = ? where id = ?', [
      successor,
      providerId,
    ]);
    // Registered, as `pnpm -s agencies` registers an agency that joins the programme.
    const registry = subgraph.registry!.orm.em.getConnection();
    await registry.execute(
      "insert into agency (id, kind, municipality, name) values (?, 'WELFARE_PROVIDER', 'HAGEN', 'Nachfolger e. V.')",
      [successor],
    );
    try {
      const handedOn = await ask(supportCase.householdId, successor);
      expect(handedOn.response.errors?.map((error) => error.extensions?.code)).toEqual([
        'CONSENT_REQUIRED',
      ]);
      expect(handedOn.entries).toEqual([
        { field: 'Household.supportCases', basis: 'NO_CONSENT', released: false },
      ]);
      // The agency that opened the cases still owns them.
      const own = await ask(supportCase.householdId, openedBy);
      expect(own.response.errors).toBeUndefined();
      expect(own.entries).toEqual([]);
    } finally {
      await connection.execute('update welfare_provider set agency_id = ? where id = ?', [
        openedBy,
        providerId,
      ]);
      await registry.execute('delete from agency where id = ?', [successor]);
    }
  });

  test('no agency, where cases of another provider are in the household too', async () => {
    const supportCase = soleProviderCase();
    const openedBy = supportCase.providerAgencyId;
    const other = seeded.providers.find((row) => row.agencyId !== openedBy)!;
    const connection = subgraph.orm.em.getConnection();
    const added = randomUUID();
    await connection.execute(
      `insert into support_case (id, household_id, provider_id, provider_agency_id, kind,
         target_group, status, opened_on, closed_on, visits_count)
       values (?, ?, ?, ?, 'COUNSELLING', 'GENERAL', 'OPEN', '2026-11-01', null, 1)`,
      [added, supportCase.householdId, other.id, other.agencyId],
    );
    try {
      // Neither agency recorded all of the household's data here: each asks the registry.
      for (const agencyId of [openedBy, other.agencyId]) {
        const { response, entries } = await ask(supportCase.householdId, agencyId);
        expect(response.errors?.map((error) => error.extensions?.code)).toEqual([
          'CONSENT_REQUIRED',
        ]);
        expect(entries).toEqual([
          { field: 'Household.supportCases', basis: 'NO_CONSENT', released: false },
        ]);
      }
    } finally {
      await connection.execute('delete from support_case where id = ?', [added]);
    }
  });
});

describe('the migration that records who opened a support case', () => {
  test('names the agency of the case’s provider at the time of the migration', async () => {
    await withScratchDatabase(welfare, async (scratch) => {
      const migrator = scratch.getMigrator();
      const pending = await migrator.getPendingMigrations();
      await migrator.up({ to: pending.at(-2)!.name });
      const connection = scratch.em.getConnection();
      const [provider, supportCase] = [randomUUID(), randomUUID()];
      await connection.execute(
        `insert into welfare_provider (id, agency_id, name, association, municipality)
         values (?, 'welfare-test', 'Beratungsstelle Test', 'AWO', 'HAGEN')`,
        [provider],
      );
      await connection.execute(
        `insert into support_case (id, household_id, provider_id, kind, target_group, status,
           opened_on, closed_on, visits_count)
         values (?, ?, ?, 'OUTREACH', 'GENERAL', 'OPEN', '2026-01-10', null, 1)`,
        [supportCase, randomUUID(), provider],
      );
      await migrator.up();
      expect(await migrator.checkMigrationNeeded()).toBe(false);
      const rows = await connection.execute<{ provider_agency_id: string }[]>(
        'select provider_agency_id from support_case where id = ?',
        [supportCase],
      );
      expect(rows).toEqual([{ provider_agency_id: 'welfare-test' }]);
    });
  });
});
