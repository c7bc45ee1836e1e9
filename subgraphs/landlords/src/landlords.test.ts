/**
 * The landlords subgraph through its own GraphQL API (not the gateway): the vacant units list
 * with its filter, order and page size, a household's tenancy with unit and landlord, and that
 * they are loaded in batches. What every subgraph must do (malformed ids, _service, health,
 * migrations) is tested in test/subgraphs.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { MUNICIPALITIES, demoHouseholds } from '@wohnnetz/demo-data';
import { MAX_PAGE_SIZE, berlinDay } from '@wohnnetz/service-kit';
import {
  compareText,
  loggedDecisions,
  startTestSubgraph,
  stopClock,
  withScratchDatabase,
  type TestSubgraph,
} from '@wohnnetz/testing';
import { HousingUnitSchema, type HousingUnit } from './entities/housing-unit.entity';
import { LandlordSchema, type Landlord } from './entities/landlord.entity';
import { TenancySchema, type Tenancy } from './entities/tenancy.entity';
import { landlords } from './subgraph';

const HOUSEHOLDS = 36;
const households = demoHouseholds(HOUSEHOLDS);

interface LandlordData {
  id: string;
  agencyId: string;
  name: string;
  kind: string;
  municipality: string;
  cooperationAgreement: boolean;
}

interface UnitData {
  id: string;
  street: string;
  postalCode: string;
  city: string;
  rooms: number;
  floorAreaSqm: number;
  problemProperty: boolean;
  vacantSince: string | null;
  landlord: LandlordData;
}

interface TenancyData {
  id: string;
  startsOn: string | null;
  endsOn: string | null;
  monthlyRentCents: number | null;
  status: string | null;
  unit: UnitData;
  landlordAgencyId: string;
}

interface HouseholdData {
  id: string;
  tenancy: TenancyData | null;
}

const UNIT_FIELDS = `id street postalCode city rooms floorAreaSqm problemProperty vacantSince
  landlord { id agencyId name kind municipality cooperationAgreement }`;

const VACANT_UNITS_QUERY = `query ($municipality: Municipality, $first: Int, $after: String) {
  vacantUnits(municipality: $municipality, first: $first, after: $after) {
    nodes { ${UNIT_FIELDS} }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

interface UnitPage {
  nodes: UnitData[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

const HOUSEHOLDS_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Household {
      id
      tenancy { id startsOn endsOn monthlyRentCents status unit { ${UNIT_FIELDS} } landlordAgencyId }
    }
  }
}`;

let subgraph: TestSubgraph;
let seeded: { landlords: Landlord[]; units: HousingUnit[]; tenancies: Tenancy[] };

/**
 * The subgraph, and the rows its database was seeded with, read with the subgraph's own ORM: the
 * expectations do not go through the loaders and resolvers under test.
 */
beforeAll(async () => {
  subgraph = await startTestSubgraph(landlords, { households: HOUSEHOLDS });
  const em = subgraph.orm.em.fork();
  seeded = {
    landlords: await em.find(LandlordSchema, {}),
    units: await em.find(HousingUnitSchema, {}),
    tenancies: await em.find(TenancySchema, {}),
  };
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

// Each test on one day: "today" as the expectations reckon it (today(), day()) and as the subgraph
// dates each request are read from one clock, stopped for the test, so that a Berlin midnight
// passing between the two cannot make them differ (a tenancy ending on day(0) would be ENDED).
beforeEach(() => stopClock(Date.now()));
afterEach(() => jest.useRealTimers());

async function vacantUnitsPage(variables: {
  municipality?: string;
  first?: number;
  after?: string | null;
}): Promise<UnitPage> {
  const response = await subgraph.query<{ vacantUnits: UnitPage }>(VACANT_UNITS_QUERY, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.vacantUnits;
}

const vacantUnits = async (variables: { municipality?: string; first?: number }) =>
  (await vacantUnitsPage(variables)).nodes;

/** Resolves households through `_entities`, as the gateway would; fails on any error. */
async function resolveHouseholds(ids: readonly string[]): Promise<HouseholdData[]> {
  const response = await subgraph.query<{ _entities: HouseholdData[] }>(HOUSEHOLDS_QUERY, {
    representations: ids.map((id) => ({ __typename: 'Household', id })),
  });
  expect(response.errors).toBeUndefined();
  return response.data!._entities;
}

function seededLandlord(id: string): Landlord {
  const landlord = seeded.landlords.find((row) => row.id === id);
  if (!landlord) throw new Error(`no seeded landlord ${id}`);
  return landlord;
}

function seededUnit(id: string): HousingUnit {
  const unit = seeded.units.find((row) => row.id === id);
  if (!unit) throw new Error(`no seeded housing unit ${id}`);
  return unit;
}

const landlordData = (row: Landlord): LandlordData => ({
  id: row.id,
  agencyId: row.agencyId,
  name: row.name,
  kind: row.kind,
  municipality: row.municipality,
  cooperationAgreement: row.cooperationAgreement,
});

const unitData = (row: HousingUnit): UnitData => ({
  id: row.id,
  street: row.street,
  postalCode: row.postalCode,
  city: row.city,
  rooms: row.rooms,
  floorAreaSqm: row.floorAreaSqm,
  problemProperty: row.problemProperty,
  vacantSince: row.vacantSince,
  landlord: landlordData(seededLandlord(row.landlord.id)),
});

/** Today in the programme's time zone, as the subgraph dates a request. */
const today = () => berlinDay(new Date());

const tenancyData = (row: Tenancy): TenancyData => ({
  id: row.id,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  monthlyRentCents: row.monthlyRentCents,
  // The demo's tenancies have all begun; one whose end has passed is over (a notice's end, say).
  status: row.endsOn !== null && row.endsOn < today() ? 'ENDED' : row.status,
  unit: unitData(seededUnit(row.unit.id)),
  landlordAgencyId: row.landlordAgencyId,
});

/** The seeded vacant units (of one municipality's landlords), longest vacant first. */
const vacantOf = (municipality?: string): UnitData[] =>
  seeded.units
    .filter((row) => row.vacantSince !== null)
    .map(unitData)
    .filter((unit) => !municipality || unit.landlord.municipality === municipality)
    .sort((a, b) => compareText(a.vacantSince!, b.vacantSince!) || compareText(a.id, b.id));

const tenanciesOf = (householdId: string): Tenancy[] =>
  seeded.tenancies
    .filter((row) => row.householdId === householdId)
    .sort((a, b) => compareText(b.startsOn, a.startsOn) || compareText(a.id, b.id));

describe('Query.vacantUnits', () => {
  test('lists only the vacant units, longest vacant first', async () => {
    const expected = vacantOf();
    // Let units exist too, and enough vacant ones that the order matters.
    expect(expected.length).toBeGreaterThan(2);
    expect(expected.length).toBeLessThan(seeded.units.length);
    expect(expected.length).toBeLessThanOrEqual(MAX_PAGE_SIZE);

    const units = await vacantUnits({ first: MAX_PAGE_SIZE });
    expect(units).toEqual(expected);
    const since = units.map((unit) => unit.vacantSince);
    expect(since).not.toContain(null);
    expect(since).toEqual([...since].sort());
  });

  test.each(MUNICIPALITIES)(
    'with municipality %s lists the vacant units of its landlords',
    async (municipality) => {
      const expected = vacantOf(municipality);
      expect(expected.length).toBeGreaterThan(0);

      const units = await vacantUnits({ municipality, first: MAX_PAGE_SIZE });
      expect(units).toEqual(expected);
      expect(units.every((unit) => unit.landlord.municipality === municipality)).toBe(true);
    },
  );

  test('first returns the longest vacant units only', async () => {
    const all = vacantOf();
    for (const first of [1, 2, all.length - 1]) {
      expect(await vacantUnits({ first })).toEqual(all.slice(0, first));
    }
    // The limit applies after the municipality filter.
    const municipality = MUNICIPALITIES.find(
      (candidate) => vacantOf(candidate).length > 1 && vacantOf(candidate)[0]!.id !== all[0]!.id,
    );
    expect(municipality).toBeDefined();
    expect(await vacantUnits({ municipality, first: 1 })).toEqual(
      vacantOf(municipality).slice(0, 1),
    );
  });

  test('first defaults to 20', async () => {
    // More vacant units than a default page: the demo data may have fewer.
    const connection = subgraph.orm.em.getConnection();
    const landlordId = seeded.landlords[0]!.id;
    const added = Array.from({ length: 25 }, () => randomUUID());
    for (const id of added) {
      await connection.execute(
        `insert into housing_unit (id, landlord_id, street, postal_code, city, rooms,
           floor_area_sqm, problem_property, vacant_since)
         values (?, ?, 'Teststraße 1', '58095', 'Hagen', 2, 50, false, ?)`,
        [id, landlordId, today()],
      );
    }
    try {
      const response = await subgraph.query<{
        vacantUnits: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } };
      }>('{ vacantUnits { nodes { id } pageInfo { hasNextPage } } }');
      expect(response.errors).toBeUndefined();
      const { nodes, pageInfo } = response.data!.vacantUnits;
      expect(nodes).toHaveLength(20);
      expect(pageInfo.hasNextPage).toBe(true);
      // The longest vacant come first: the seeded ones (vacant by 2026-10) before those vacant
      // since today.
      expect(nodes.map((unit) => unit.id)).toEqual(
        [...vacantOf().map((unit) => unit.id), ...[...added].sort(compareText)].slice(0, 20),
      );
    } finally {
      await connection.execute('delete from housing_unit where id = any(?::uuid[])', [
        `{${added.join(',')}}`,
      ]);
    }
  });

  test('pages walk through every vacant unit once, in order, with the total', async () => {
    for (const municipality of [undefined, ...MUNICIPALITIES]) {
      const expected = vacantOf(municipality);
      const seen: UnitData[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await vacantUnitsPage({ municipality, first: 2, after });
        expect(page.totalCount).toBe(expected.length);
        seen.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    }
  });

  test('a page after a unit of the same vacancy date continues with the next id', async () => {
    // Two units vacant since the same day: the cursor's id breaks the tie.
    const [first] = vacantOf();
    // A unit not let to a household in the programme (one that is let is not vacant).
    const twin = seeded.units.find(
      (row) =>
        row.vacantSince === null && !seeded.tenancies.some((tenancy) => tenancy.unit.id === row.id),
    );
    expect(twin).toBeDefined();
    const connection = subgraph.orm.em.getConnection();
    await connection.execute('update housing_unit set vacant_since = ? where id = ?', [
      first!.vacantSince,
      twin!.id,
    ]);
    try {
      const expected = [
        ...vacantOf(),
        { ...unitData(twin!), vacantSince: first!.vacantSince },
      ].sort((a, b) => compareText(a.vacantSince!, b.vacantSince!) || compareText(a.id, b.id));
      const one = await vacantUnitsPage({ first: 1 });
      const next = await vacantUnitsPage({ first: 1, after: one.pageInfo.endCursor });
      expect([...one.nodes, ...next.nodes]).toEqual(expected.slice(0, 2));
    } finally {
      await connection.execute('update housing_unit set vacant_since = null where id = ?', [
        twin!.id,
      ]);
    }
  });

  test.each([
    ['made up', 'bm90LWEtY3Vyc29y'],
    ['empty', ''],
    ['an id alone', Buffer.from('00000000-0000-4000-8000-000000000000').toString('base64url')],
    [
      'padded',
      `${Buffer.from('2026-01-01|00000000-0000-4000-8000-000000000000').toString('base64url')}!!`,
    ],
  ])('a cursor %s is refused as BAD_USER_INPUT', async (_case, after) => {
    const response = await subgraph.query(VACANT_UNITS_QUERY, { first: 5, after });
    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
  });

  test('a cursor of the list of another municipality, or of all of them, is refused', async () => {
    // Continuing another filter's page would skip this list's units before its cursor.
    const [municipality, other] = MUNICIPALITIES;
    const theirs = (await vacantUnitsPage({ municipality: other, first: 1 })).pageInfo.endCursor;
    const all = (await vacantUnitsPage({ first: 1 })).pageInfo.endCursor;
    for (const [filter, after] of [
      [municipality, theirs],
      [municipality, all],
      [undefined, theirs],
    ] as const) {
      const response = await subgraph.query(VACANT_UNITS_QUERY, {
        municipality: filter,
        first: 5,
        after,
      });
      expect(response.data).toBeNull();
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
    }
    // Its own cursor it takes.
    const own = (await vacantUnitsPage({ municipality, first: 1 })).pageInfo.endCursor;
    await vacantUnitsPage({ municipality, first: 1, after: own });
  });

  test.each([0, -1, MAX_PAGE_SIZE + 1])('first: %i is refused as BAD_USER_INPUT', async (first) => {
    const response = await subgraph.query(VACANT_UNITS_QUERY, { first });
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.path).toEqual(['vacantUnits']);
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });
});

describe('Query.vacantUnits lists no unit that is let', () => {
  /** A day `days` from today, YYYY-MM-DD. */
  const day = (days: number): string => {
    const date = new Date(`${today()}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  const connection = () => subgraph.orm.em.getConnection();
  /** Another landlord's staff member, with no basis for any household's tenancy. */
  const stranger = {
    actor: 'someone@landlord-stranger',
    agencyId: 'landlord-stranger',
    agencyKind: 'LANDLORD',
    roles: ['landlord_staff'],
    purpose: 'HOUSING_PLACEMENT',
  };
  /** Every vacant unit (all pages) and the total, as the stranger reads them. */
  async function listed(): Promise<{ ids: string[]; totalCount: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { data?: { vacantUnits: UnitPage } | null; errors?: unknown } =
        await subgraph.query<{ vacantUnits: UnitPage }>(
          VACANT_UNITS_QUERY,
          { first: 3, after },
          stranger,
        );
      expect(response.errors).toBeUndefined();
      const page: UnitPage = response.data!.vacantUnits;
      ids.push(...page.nodes.map((unit) => unit.id));
      if (!page.pageInfo.hasNextPage) return { ids, totalCount: page.totalCount };
      after = page.pageInfo.endCursor;
    }
  }
  /** A unit of a seeded landlord, vacant since `vacantSince`; returns its id. */
  async function recordUnit(vacantSince: string): Promise<string> {
    const id = randomUUID();
    await connection().execute(
      `insert into housing_unit (id, landlord_id, street, postal_code, city, rooms,
         floor_area_sqm, problem_property, vacant_since)
       values (?, ?, 'Teststraße 7', '58095', 'Hagen', 2, 50, false, ?)`,
      [id, seeded.landlords[0]!.id, vacantSince],
    );
    return id;
  }
  async function recordTenancy(
    unitId: string,
    startsOn: string,
    endsOn: string | null,
    status: string,
  ): Promise<void> {
    await connection().execute(
      `insert into tenancy (id, household_id, unit_id, landlord_agency_id, starts_on, ends_on,
         monthly_rent_cents, status) values (?, ?, ?, ?, ?, ?, 70000, ?)`,
      [
        randomUUID(),
        households[0]!.id,
        unitId,
        seeded.landlords[0]!.agencyId,
        startsOn,
        endsOn,
        status,
      ],
    );
  }
  const units: string[] = [];
  afterEach(async () => {
    await connection().execute('delete from tenancy where unit_id = any(?::uuid[])', [
      `{${units.join(',')}}`,
    ]);
    await connection().execute('delete from housing_unit where id = any(?::uuid[])', [
      `{${units.join(',')}}`,
    ]);
    units.length = 0;
  });

  test('a vacancy recorded ahead of a notice’s end does not show while the tenancy runs', async () => {
    // The household was given notice to the end of next week; the landlord records the unit as
    // vacant from the day after. Listed, it would tell everyone that the tenant at this address
    // is leaving, and when: the household's tenancy, unguarded.
    const before = await listed();
    const unit = await recordUnit(day(10));
    units.push(unit);
    await recordTenancy(unit, day(-400), day(9), 'TERMINATED');
    expect(await listed()).toEqual(before);
  });

  test('a unit recorded as vacant while a tenancy of it is in force does not show', async () => {
    const before = await listed();
    const unit = await recordUnit(day(-30));
    units.push(unit);
    await recordTenancy(unit, day(-5), null, 'ACTIVE');
    expect(await listed()).toEqual(before);
  });

  test('a unit vacant today shows, also when a tenancy of it begins later', async () => {
    const before = await listed();
    const ended = await recordUnit(day(-30));
    const letFromNextMonth = await recordUnit(day(-20));
    const fromToday = await recordUnit(day(0));
    units.push(ended, letFromNextMonth, fromToday);
    await recordTenancy(ended, day(-900), day(-31), 'TERMINATED');
    await recordTenancy(letFromNextMonth, day(30), null, 'ACTIVE');
    const after = await listed();
    expect(after.totalCount).toBe(before.totalCount + 3);
    expect(after.ids).toEqual(expect.arrayContaining([ended, letFromNextMonth, fromToday]));
  });
});

describe('Household.tenancy', () => {
  test('of the demo households is their newest tenancy with its unit and landlord', async () => {
    // Earlier tenancies exist (seeded before the current one, ended by 2023), and some households
    // have none. The newest has begun (2024–2025): it is in force, or of those that ended the
    // latest begun.
    expect(households.some((household) => tenanciesOf(household.id).length > 1)).toBe(true);
    expect(households.some((household) => tenanciesOf(household.id).length === 0)).toBe(true);

    const resolved = await resolveHouseholds(households.map((household) => household.id));
    expect(resolved).toEqual(
      households.map((household) => {
        const newest = tenanciesOf(household.id)[0];
        return { id: household.id, tenancy: newest ? tenancyData(newest) : null };
      }),
    );
  });

  test('is with a landlord of the household’s municipality', async () => {
    const resolved = await resolveHouseholds(households.map((household) => household.id));
    const withTenancy = households
      .map((household, index) => ({ household, tenancy: resolved[index]!.tenancy }))
      .filter(({ tenancy }) => tenancy !== null);
    expect(withTenancy.length).toBeGreaterThan(0);
    for (const { household, tenancy } of withTenancy) {
      expect(tenancy!.unit.landlord.municipality).toBe(household.municipality);
    }
  });

  test('is null for households without a tenancy', async () => {
    const empty = households
      .filter((household) => tenanciesOf(household.id).length === 0)
      .map((household) => household.id);
    expect(empty.length).toBeGreaterThan(0);

    const ids = empty;
    expect(await resolveHouseholds(ids)).toEqual(ids.map((id) => ({ id, tenancy: null })));
  });
});

describe('Household.tenancy on the request’s day (Europe/Berlin)', () => {
  /** A day `days` from today, YYYY-MM-DD. */
  const day = (days: number): string => {
    const date = new Date(`${today()}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  const connection = () => subgraph.orm.em.getConnection();
  /** Records a tenancy of the household straight in the database; returns its id. */
  async function recordTenancy(
    householdId: string,
    startsOn: string,
    endsOn: string | null,
    status: string,
  ): Promise<string> {
    const unit = seeded.units[0]!;
    const id = randomUUID();
    await connection().execute(
      `insert into tenancy (id, household_id, unit_id, landlord_agency_id, starts_on, ends_on,
         monthly_rent_cents, status) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        householdId,
        unit.id,
        seededLandlord(unit.landlord.id).agencyId,
        startsOn,
        endsOn,
        70000,
        status,
      ],
    );
    return id;
  }
  const current = async (householdId: string) => {
    const [household] = await resolveHouseholds([householdId]);
    const tenancy = household!.tenancy;
    return tenancy && { id: tenancy.id, status: tenancy.status };
  };

  test('is the one in force; where none is, the next to begin; else the latest that ended', async () => {
    // A demo household without tenancies (the test caller holds its consent).
    const household = households.find((h) => tenanciesOf(h.id).length === 0)!;
    try {
      const ended = await recordTenancy(household.id, day(-900), day(-400), 'ENDED');
      const endedEarlier = await recordTenancy(household.id, day(-2000), day(-1000), 'ENDED');
      // Moving: the old one runs out on its notice, the new one has begun already.
      const leaving = await recordTenancy(household.id, day(-300), day(10), 'TERMINATED');
      const moved = await recordTenancy(household.id, day(-5), null, 'ACTIVE');
      const next = await recordTenancy(household.id, day(30), null, 'ACTIVE');
      const later = await recordTenancy(household.id, day(90), null, 'ACTIVE');
      expect(await current(household.id)).toEqual({ id: moved, status: 'ACTIVE' });

      await connection().execute('delete from tenancy where id = ?', [moved]);
      expect(await current(household.id)).toEqual({ id: leaving, status: 'TERMINATED' });

      await connection().execute('delete from tenancy where id = ?', [leaving]);
      expect(await current(household.id)).toEqual({ id: next, status: 'UPCOMING' });

      await connection().execute('delete from tenancy where id in (?, ?)', [next, later]);
      expect(await current(household.id)).toEqual({ id: ended, status: 'ENDED' });
      expect(endedEarlier).not.toBe(ended);
    } finally {
      await connection().execute('delete from tenancy where household_id = ?', [household.id]);
    }
  });

  test('of several that begin the same day, is the one with the lowest id', async () => {
    const household = households.find((h) => tenanciesOf(h.id).length === 0)!;
    /** Two tenancies of the household beginning on one day; their ids, the lower first. */
    const twoOn = async (startsOn: string, endsOn: string | null, status: string) =>
      [
        await recordTenancy(household.id, startsOn, endsOn, status),
        await recordTenancy(household.id, startsOn, endsOn, status),
      ].sort(compareText);
    try {
      // In force, …
      const [running] = await twoOn(day(-10), null, 'ACTIVE');
      expect(await current(household.id)).toEqual({ id: running, status: 'ACTIVE' });
      await connection().execute('delete from tenancy where household_id = ?', [household.id]);
      // … to begin, …
      const [upcoming] = await twoOn(day(10), null, 'ACTIVE');
      expect(await current(household.id)).toEqual({ id: upcoming, status: 'UPCOMING' });
      await connection().execute('delete from tenancy where household_id = ?', [household.id]);
      // … ended.
      const [ended] = await twoOn(day(-100), day(-50), 'ENDED');
      expect(await current(household.id)).toEqual({ id: ended, status: 'ENDED' });
    } finally {
      await connection().execute('delete from tenancy where household_id = ?', [household.id]);
    }
  });

  test('runs through its last day; a notice or a fixed term whose end has passed is ENDED', async () => {
    const household = households.find((h) => tenanciesOf(h.id).length === 0)!;
    try {
      const lastDay = await recordTenancy(household.id, day(-100), day(0), 'TERMINATED');
      expect(await current(household.id)).toEqual({ id: lastDay, status: 'TERMINATED' });
      await connection().execute('update tenancy set ends_on = ? where id = ?', [day(-1), lastDay]);
      expect(await current(household.id)).toEqual({ id: lastDay, status: 'ENDED' });
      // A fixed term (no notice: ACTIVE) that ran out.
      await connection().execute('update tenancy set status = ? where id = ?', ['ACTIVE', lastDay]);
      expect(await current(household.id)).toEqual({ id: lastDay, status: 'ENDED' });
      // Begins today: in force, no longer upcoming. Recorded as ended (cancelled before it
      // began): over, whatever its dates say.
      const startsToday = await recordTenancy(household.id, day(0), null, 'ACTIVE');
      expect(await current(household.id)).toEqual({ id: startsToday, status: 'ACTIVE' });
      await connection().execute('update tenancy set starts_on = ?, status = ? where id = ?', [
        day(20),
        'ENDED',
        startsToday,
      ]);
      expect(await current(household.id)).toEqual({ id: lastDay, status: 'ENDED' });
      // Of those that ended, the latest begun: one cancelled before it began only where none
      // began (the household never lived there).
      await connection().execute('delete from tenancy where id = ?', [lastDay]);
      expect(await current(household.id)).toEqual({ id: startsToday, status: 'ENDED' });
    } finally {
      await connection().execute('delete from tenancy where household_id = ?', [household.id]);
    }
  });
});

describe('batching', () => {
  test('resolving all households costs as many SQL statements as resolving one', async () => {
    // A household with a tenancy, so that the tenancy, unit and landlord loaders all run for it.
    const complete = households.find((household) => tenanciesOf(household.id).length > 1);
    expect(complete).toBeDefined();

    subgraph.statements.reset();
    const [one] = await resolveHouseholds([complete!.id]);
    const forOne = subgraph.statements.total;
    expect(one!.tenancy?.unit.landlord.id).toBeDefined();

    subgraph.statements.reset();
    const all = await resolveHouseholds(households.map((household) => household.id));
    const forAll = subgraph.statements.total;
    expect(all).toHaveLength(HOUSEHOLDS);
    // The whole batch reaches several units and landlords, so their loaders batch too.
    const landlordIds = new Set(
      all.flatMap(({ tenancy }) => (tenancy ? [tenancy.unit.landlord.id] : [])),
    );
    expect(landlordIds.size).toBeGreaterThan(1);

    expect(forOne).toBeGreaterThan(0);
    expect(forAll).toBe(forOne);
  });
});

describe('who owns a household’s data here', () => {
  test('the landlord that let the tenancy, also after the unit has changed hands', async () => {
    const tenancy = seeded.tenancies.find(
      (row) =>
        seeded.tenancies.filter((other) => other.householdId === row.householdId).length === 1,
    )!;
    const unit = seeded.units.find((row) => row.id === tenancy.unit.id)!;
    const letBy = seeded.landlords.find((row) => row.id === unit.landlord.id)!;
    const buyer = seeded.landlords.find((row) => row.id !== letBy.id)!;
    const ask = async (agencyId: string) => {
      const requestId = randomUUID();
      const response = await subgraph.query(
        'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { tenancy { status } } } }',
        { representations: [{ __typename: 'Household', id: tenancy.householdId }] },
        {
          agencyId,
          agencyKind: 'LANDLORD',
          roles: ['landlord_staff'],
          purpose: 'TENANCY_SUPPORT',
          requestId,
        },
      );
      return {
        response,
        entries: await loggedDecisions(subgraph, requestId, agencyId, 'LANDLORD'),
      };
    };

    // The landlord that let it: its own record, nothing logged.
    const own = await ask(letBy.agencyId);
    expect(own.response.errors).toBeUndefined();
    expect(own.entries).toEqual([]);

    // The unit is sold: its new landlord never let this tenancy, so asking for it is a decision
    // the registry makes and logs, not its own task.
    const connection = subgraph.orm.em.getConnection();
    await connection.execute('update housing_unit set landlord_id = ? where id = ?', [
      buyer.id,
      unit.id,
    ]);
    try {
      const bought = await ask(buyer.agencyId);
      expect(bought.entries.map((entry) => entry.field)).toEqual(['Household.tenancy']);
      expect(bought.entries[0]!.basis).not.toBe('OWN_TASK');
      // The unit names its new landlord; the tenancy still the landlord that let it.
      const [household] = await resolveHouseholds([tenancy.householdId]);
      expect(household!.tenancy!.unit.landlord.agencyId).toBe(buyer.agencyId);
      expect(household!.tenancy!.landlordAgencyId).toBe(letBy.agencyId);
    } finally {
      await connection.execute('update housing_unit set landlord_id = ? where id = ?', [
        letBy.id,
        unit.id,
      ]);
    }
  });
});

describe('what a landlord without a basis learns of a household', () => {
  test('nothing: a household without tenancies, with another landlord’s, or unknown is denied alike', async () => {
    // The asking landlord let none of them; no consent names it.
    const asking = 'landlord-hagen-gmbh';
    const others = seeded.tenancies.filter((row) => row.landlordAgencyId !== asking);
    const withOthers = households.find((household) =>
      others.some((row) => row.householdId === household.id),
    )!;
    const without = households.find((household) => tenanciesOf(household.id).length === 0)!;
    const unknown = randomUUID();
    const ask = async (householdId: string) => {
      const response = await subgraph.query<{ _entities: unknown[] }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Household { id tenancy { id status monthlyRentCents unit { street vacantSince } } } } }`,
        { representations: [{ __typename: 'Household', id: householdId }] },
        {
          agencyId: asking,
          agencyKind: 'LANDLORD',
          roles: ['landlord_staff'],
          purpose: 'HOUSING_PLACEMENT',
        },
      );
      // Everything but the household's id, which the caller gave.
      return JSON.parse(JSON.stringify(response).replaceAll(householdId, 'H')) as unknown;
    };
    const answers = [await ask(withOthers.id), await ask(without.id), await ask(unknown)];
    expect(answers[0]).toMatchObject({
      data: { _entities: [{ id: 'H', tenancy: null }] },
      errors: [{ extensions: { code: 'CONSENT_REQUIRED', category: 'TENANCY' } }],
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});

describe('the migration that records who let a tenancy', () => {
  test('names the landlord of the tenancy’s unit at the time of the migration', async () => {
    await withScratchDatabase(landlords, async (scratch) => {
      const migrator = scratch.getMigrator();
      const pending = await migrator.getPendingMigrations();
      await migrator.up({ to: pending.at(-2)!.name });
      const connection = scratch.em.getConnection();
      const [landlord, unit, tenancy] = [randomUUID(), randomUUID(), randomUUID()];
      await connection.execute(
        `insert into landlord (id, agency_id, name, kind, municipality, cooperation_agreement)
         values (?, 'landlord-test', 'Test eG', 'COOPERATIVE', 'HAGEN', false)`,
        [landlord],
      );
      await connection.execute(
        `insert into housing_unit (id, landlord_id, street, postal_code, city, rooms, floor_area_sqm,
           problem_property, vacant_since)
         values (?, ?, 'Teststraße 1', '58095', 'Hagen', 2, 50, false, null)`,
        [unit, landlord],
      );
      await connection.execute(
        `insert into tenancy (id, household_id, unit_id, starts_on, ends_on, monthly_rent_cents, status)
         values (?, ?, ?, '2025-01-01', null, 50000, 'ACTIVE')`,
        [tenancy, randomUUID(), unit],
      );
      await migrator.up();
      expect(await migrator.checkMigrationNeeded()).toBe(false);
      const rows = await connection.execute<{ landlord_agency_id: string }[]>(
        'select landlord_agency_id from tenancy where id = ?',
        [tenancy],
      );
      expect(rows).toEqual([{ landlord_agency_id: 'landlord-test' }]);
    });
  });
});
