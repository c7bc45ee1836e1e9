/**
 * The whole hub through the gateway: six subgraphs and the gateway in this process, on a real
 * PostgreSQL, queried with the typed client.
 */
import { randomUUID } from 'node:crypto';
import {
  HouseholdCaseContextDocument,
  HouseholdCaseContextsDocument,
  createWohnnetzClient,
} from '@wohnnetz/client';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { demoHouseholds } from '@wohnnetz/demo-data';
import {
  CONNECTION_WAIT_MS,
  STATEMENT_TIMEOUT_MS,
  berlinDay,
  SUBGRAPH_NAMES,
  type SubgraphName,
} from '@wohnnetz/service-kit';
import {
  countDecisionCalls,
  hasDataEverywhere,
  startTestHub,
  type TestHub,
} from '@wohnnetz/testing';

let hub: TestHub;
let client: ReturnType<typeof createWohnnetzClient>;

beforeAll(async () => {
  hub = await startTestHub({ households: 100 });
  // The housing office of Dortmund may see every household's case context under consent.
  await hub.giveConsent({
    agencyId: 'housing-dortmund',
    categories: [...consentPolicy().consentableCategories],
    purposes: ['CASE_COORDINATION'],
    households: 100,
  });
  client = createWohnnetzClient({
    url: hub.gatewayUrl,
    token: await hub.token({ agencyId: 'housing-dortmund' }),
    purpose: 'CASE_COORDINATION',
  });
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

async function page(first: number, after?: string | null) {
  const result = await client.query(HouseholdCaseContextsDocument, { first, after }).toPromise();
  expect(result.error).toBeUndefined();
  return result.data!.households;
}

function statementCounts(): Record<SubgraphName, number> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, hub.subgraphs[name].statements.total]),
  ) as Record<SubgraphName, number>;
}

function resetStatementCounts(): void {
  for (const name of SUBGRAPH_NAMES) hub.subgraphs[name].statements.reset();
}

describe('the shared case context through the gateway', () => {
  test('one query returns a household with fields from all six subgraphs', async () => {
    const all = await page(100);
    expect(all.totalCount).toBe(100);
    const complete = all.nodes.find(hasDataEverywhere);
    expect(complete).toBeDefined();

    const result = await client
      .query(HouseholdCaseContextDocument, { id: complete!.id })
      .toPromise();
    expect(result.error).toBeUndefined();
    const household = result.data!.household!;
    // The same household; of its consents, the page of one household's answer (the list counts them).
    const { consents, ...context } = household;
    expect({ ...context, consents: { totalCount: consents!.totalCount } }).toEqual(complete);
    expect(hasDataEverywhere(household)).toBe(true);
    expect(household.reference).toMatch(/^(DO|HA|RE)-2026-\d{4}$/);
    expect(household.tenancy!.unit.landlord.name).toBeTruthy();
    expect(household.supportCases![0]!.provider.name).toBeTruthy();
    expect(household.trainingEnrollments![0]!.course.title).toBeTruthy();
  });

  test('1, 10 and 100 households cost the same SQL statements and registry calls', async () => {
    const all = await page(100);
    const index = all.nodes.findIndex(hasDataEverywhere);
    expect(index).toBeGreaterThanOrEqual(0);
    // The cursor that makes a one-household page start at that complete household.
    const before = index === 0 ? null : (await page(index)).pageInfo.endCursor;

    const costOf = async (first: number, after: string | null) => {
      resetStatementCounts();
      const calls = countDecisionCalls();
      try {
        const { nodes } = await page(first, after);
        expect(nodes).toHaveLength(first);
        if (first === 1) expect(hasDataEverywhere(nodes[0]!)).toBe(true);
      } finally {
        calls.stop();
      }
      return { statements: statementCounts(), registryCalls: calls.calls };
    };
    const [one, ten, hundred] = [
      await costOf(1, before),
      await costOf(10, null),
      await costOf(100, null),
    ];

    console.log('SQL statements per subgraph and registry calls, 1 / 10 / 100 households:', {
      one,
      ten,
      hundred,
    });
    // The registry too: it reads the page's grants once, in the first decision call (which lists
    // every household of the asking subgraph's batch, also those it decides itself).
    expect(ten).toEqual(one);
    expect(hundred).toEqual(one);
    for (const name of SUBGRAPH_NAMES) expect(one.statements[name]).toBeGreaterThan(0);
    expect(one.registryCalls).toBeGreaterThan(0);
  });

  test('pages walk through every household once, in order', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = undefined;
    for (;;) {
      const current = await page(30, after);
      seen.push(...current.nodes.map((node) => node.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(100);
    expect(new Set(seen).size).toBe(100);
    expect([...seen].sort()).toEqual(seen);
  });

  test('a municipality filter returns only its households', async () => {
    const result = await client
      .query(HouseholdCaseContextsDocument, { first: 100, municipality: 'HAGEN' })
      .toPromise();
    const nodes = result.data!.households.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.municipality === 'HAGEN')).toBe(true);
  });

  test('answers are marked for no cache to keep', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await hub.token({ agencyId: 'housing-dortmund' })}`,
        'x-purpose': 'CASE_COORDINATION',
      },
      body: JSON.stringify({ query: '{ households(first: 1) { nodes { id reference } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  test("a long consent history is read page by page, each consent's household resolved", async () => {
    // Each consent's `household` is one entity reference in the gateway's call to housing: a
    // page of at most 100 bounds that call however long the history (ADR 0012, 0029).
    const householdId = (await page(1)).nodes[0]!.id;
    await hub.withGrantCopies(householdId, 2000, async () => {
      type Consents = {
        household: {
          reference: string;
          consents: {
            totalCount: number;
            pageInfo: { endCursor: string; hasNextPage: boolean };
            nodes: { household: { reference: string } }[];
          };
        };
      };
      const read = (after: string | null) =>
        hub.queryAs<Consents>(
          'housing-dortmund',
          'CASE_COORDINATION',
          `query ($after: String) { household(id: "${householdId}") {
            reference
            consents(first: 100, after: $after) {
              totalCount pageInfo { endCursor hasNextPage } nodes { household { reference } }
            }
          } }`,
          { after },
        );
      const first = await read(null);
      expect(first.errors).toBeUndefined();
      const { reference, consents } = first.data!.household;
      expect(consents.totalCount).toBeGreaterThan(2000);
      expect(consents.nodes).toHaveLength(100);
      expect(consents.pageInfo.hasNextPage).toBe(true);
      expect(new Set(consents.nodes.map((consent) => consent.household.reference))).toEqual(
        new Set([reference]),
      );
      const second = await read(consents.pageInfo.endCursor);
      expect(second.errors).toBeUndefined();
      expect(second.data!.household.consents.nodes).toHaveLength(100);
      expect(second.data!.household.consents.totalCount).toBe(consents.totalCount);
    });
  });

  test('an unknown household is null, not an error', async () => {
    const result = await client
      .query(HouseholdCaseContextDocument, { id: '00000000-0000-4000-8000-000000000000' })
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data!.household).toBeNull();
  });
});

describe('vacant units through the gateway', () => {
  /** A day `days` from today (Europe/Berlin), YYYY-MM-DD. */
  const day = (days: number): string => {
    const date = new Date(`${berlinDay(new Date())}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  /** Every unit another landlord's staff member finds listed as vacant, and the total. */
  async function listedToAnotherLandlord(): Promise<{ ids: string[]; totalCount: number }> {
    const response = await hub.queryAs<{
      vacantUnits: { nodes: { id: string }[]; totalCount: number };
    }>(
      'landlord-hagen-gmbh',
      'HOUSING_PLACEMENT',
      '{ vacantUnits(first: 100) { nodes { id } totalCount } }',
    );
    expect(response.errors).toBeUndefined();
    const { nodes, totalCount } = response.data!.vacantUnits;
    expect(totalCount).toBeLessThanOrEqual(100);
    return { ids: nodes.map((unit) => unit.id), totalCount };
  }

  test("list no unit that is let: a landlord learns nothing of the tenant's notice there", async () => {
    const connection = hub.subgraphs.landlords.orm.em.getConnection();
    const [landlord] = await connection.execute<{ id: string; agency_id: string }[]>(
      "select id, agency_id from landlord where agency_id <> 'landlord-hagen-gmbh' limit 1",
    );
    const [household] = demoHouseholds(1);
    const before = await listedToAnotherLandlord();
    const [noticeEnds, letNow] = [randomUUID(), randomUUID()];
    try {
      for (const [unit, vacantSince, startsOn, endsOn, status] of [
        // Notice given to the end of next week, the vacancy recorded from the day after.
        [noticeEnds, day(10), day(-400), day(9), 'TERMINATED'],
        // Recorded as vacant, but let again.
        [letNow, day(-30), day(-5), null, 'ACTIVE'],
      ] as const) {
        await connection.execute(
          `insert into housing_unit (id, landlord_id, street, postal_code, city, rooms,
             floor_area_sqm, problem_property, vacant_since)
           values (?, ?, 'Teststraße 9', '44135', 'Dortmund', 2, 50, false, ?)`,
          [unit, landlord!.id, vacantSince],
        );
        await connection.execute(
          `insert into tenancy (id, household_id, unit_id, landlord_agency_id, starts_on, ends_on,
             monthly_rent_cents, status) values (?, ?, ?, ?, ?, ?, 70000, ?)`,
          [randomUUID(), household!.id, unit, landlord!.agency_id, startsOn, endsOn, status],
        );
      }
      expect(await listedToAnotherLandlord()).toEqual(before);
    } finally {
      await connection.execute('delete from tenancy where unit_id in (?, ?)', [noticeEnds, letNow]);
      await connection.execute('delete from housing_unit where id in (?, ?)', [noticeEnds, letNow]);
    }
  });
});

const ANY_HOUSEHOLD_ID = '00000000-0000-4000-8000-000000000000';

describe('bad input is refused with a stable code', () => {
  test.each([
    ['a page size of 0', '{ households(first: 0) { totalCount } }'],
    ['a page size over 100', '{ households(first: 101) { totalCount } }'],
    ['a forged cursor', '{ households(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }'],
    [
      'a cursor with more behind it',
      `{ households(first: 5, after: "${Buffer.from(ANY_HOUSEHOLD_ID).toString('base64url')}!!!") { totalCount } }`,
    ],
    ['an empty cursor', '{ households(first: 5, after: "") { totalCount } }'],
    ['a malformed household id', '{ household(id: "42") { id } }'],
  ])('%s → BAD_USER_INPUT', async (_case, query) => {
    const response = await hub.queryAs('housing-dortmund', 'CASE_COORDINATION', query);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test("every list refuses a cursor it did not hand out in the same words, another list's too", async () => {
    const units = await hub.queryAs(
      'housing-dortmund',
      'CASE_COORDINATION',
      '{ vacantUnits(first: 1) { pageInfo { endCursor } } }',
    );
    const { endCursor } = (units.data as { vacantUnits: { pageInfo: { endCursor: string } } })
      .vacantUnits.pageInfo;
    expect(endCursor).toEqual(expect.any(String));
    const courses = await hub.queryAs(
      'housing-dortmund',
      'CASE_COORDINATION',
      '{ courses(first: 1) { pageInfo { endCursor } } }',
    );
    const courseCursor = (courses.data as { courses: { pageInfo: { endCursor: string } } }).courses
      .pageInfo.endCursor;
    expect(courseCursor).toEqual(expect.any(String));
    const hagen = await hub.queryAs(
      'housing-dortmund',
      'CASE_COORDINATION',
      '{ households(first: 1, municipality: HAGEN) { pageInfo { endCursor } } }',
    );
    const hagenCursor = (hagen.data as { households: { pageInfo: { endCursor: string } } })
      .households.pageInfo.endCursor;
    expect(hagenCursor).toEqual(expect.any(String));
    for (const query of [
      '{ households(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }',
      // The same list with another filter, or none: ordered alike, it would skip rows unseen.
      `{ households(first: 5, municipality: DORTMUND, after: "${hagenCursor}") { totalCount } }`,
      `{ households(first: 5, after: "${hagenCursor}") { totalCount } }`,
      `{ households(first: 5, after: "${endCursor}") { totalCount } }`,
      '{ vacantUnits(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }',
      // Both are ordered by a date, then the id: each refuses the other's cursor all the same.
      `{ vacantUnits(first: 5, after: "${courseCursor}") { totalCount } }`,
      `{ courses(first: 5, after: "${endCursor}") { totalCount } }`,
    ]) {
      const response = await hub.queryAs('housing-dortmund', 'CASE_COORDINATION', query);
      expect([query, response.errors?.[0]?.message]).toEqual([
        query,
        'after is not a cursor returned by this list',
      ]);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
    }
  });
});

describe('health', () => {
  test('every service answers its health check', async () => {
    const services = [hub.gateway, ...SUBGRAPH_NAMES.map((name) => hub.subgraphs[name])];
    for (const service of services) {
      const response = await fetch(`${service.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    }
  });
});

describe('database limits', () => {
  test('every service serves with the statement limit and the wait for a connection it is meant to (ADR 0020)', async () => {
    for (const name of SUBGRAPH_NAMES) {
      const { orm } = hub.subgraphs[name];
      const [setting] = await orm.em
        .getConnection()
        .execute<{ limit: string }[]>("select current_setting('statement_timeout') as limit");
      expect([name, setting!.limit]).toEqual([name, `${STATEMENT_TIMEOUT_MS / 1000}s`]);
      expect([name, orm.config.get('pool')!.acquireTimeoutMillis]).toEqual([
        name,
        CONNECTION_WAIT_MS,
      ]);
    }
  });
});
