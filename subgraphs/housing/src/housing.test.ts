/**
 * The housing subgraph through its own GraphQL API (not the gateway): a household and its
 * members, in which order they come, that they are loaded in batches, and that the household
 * list takes only its own cursors as written. Paging and filtering the household list are tested
 * through the gateway (test/hub.test.ts); what every subgraph must do (malformed ids, _service,
 * health, migrations) in test/subgraphs.test.ts.
 */
import { compareText, startTestSubgraph, type TestSubgraph } from '@wohnnetz/testing';
import { HouseholdSchema, type Household } from './entities/household.entity';
import { HouseholdMemberSchema, type HouseholdMember } from './entities/household-member.entity';
import { housing } from './subgraph';

const HOUSEHOLDS = 36;

interface MemberData {
  id: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  relationship: string | null;
}

interface HouseholdData {
  id: string;
  reference: string | null;
  municipality: string;
  housingSituation: string | null;
  registeredOn: string | null;
  members: MemberData[] | null;
}

const HOUSEHOLDS_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Household {
      id reference municipality housingSituation registeredOn
      members { id givenName familyName birthDate relationship }
    }
  }
}`;

let subgraph: TestSubgraph;
let seeded: { households: Household[]; members: HouseholdMember[] };

/**
 * The subgraph, and the rows its database was seeded with, read with the subgraph's own ORM: the
 * expectations do not go through the loaders and resolvers under test.
 */
beforeAll(async () => {
  subgraph = await startTestSubgraph(housing, { households: HOUSEHOLDS });
  const em = subgraph.orm.em.fork();
  seeded = {
    households: await em.find(HouseholdSchema, {}),
    members: await em.find(HouseholdMemberSchema, {}),
  };
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

/**
 * Resolves households through `_entities`, as the gateway would, as the housing office
 * responsible for them (its own records: nothing withheld); fails on any error.
 */
async function resolveHouseholds(ids: readonly string[]): Promise<HouseholdData[]> {
  const offices = new Set(
    ids.map((id) => seeded.households.find((row) => row.id === id)?.housingOfficeAgencyId),
  );
  expect(offices.size).toBe(1);
  const [agencyId] = [...offices];
  const response = await subgraph.query<{ _entities: HouseholdData[] }>(
    HOUSEHOLDS_QUERY,
    { representations: ids.map((id) => ({ __typename: 'Household', id })) },
    { agencyId: agencyId!, agencyKind: 'HOUSING_OFFICE' },
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities;
}

const RELATIONSHIP_ORDER = ['APPLICANT', 'PARTNER', 'CHILD', 'OTHER_RELATIVE'];

const memberData = (row: HouseholdMember): MemberData => ({
  id: row.id,
  givenName: row.givenName,
  familyName: row.familyName,
  birthDate: row.birthDate,
  relationship: row.relationship,
});

/** The seeded members of a household, in the order the schema documents. */
const membersOf = (householdId: string): MemberData[] =>
  seeded.members
    .filter((row) => row.household.id === householdId)
    .sort(
      (a, b) =>
        RELATIONSHIP_ORDER.indexOf(a.relationship) - RELATIONSHIP_ORDER.indexOf(b.relationship) ||
        compareText(a.id, b.id),
    )
    .map(memberData);

/** The households of one housing office with at least two members. */
const householdsWithMembers = () => {
  const office = seeded.households[0]!.housingOfficeAgencyId;
  return seeded.households
    .filter((row) => row.housingOfficeAgencyId === office && membersOf(row.id).length > 1)
    .map((row) => row.id);
};

describe('Household', () => {
  test('is the seeded household with all of its members', async () => {
    const ids = householdsWithMembers();
    expect(ids.length).toBeGreaterThan(1);
    const resolved = await resolveHouseholds(ids);
    expect(resolved).toEqual(
      ids.map((id) => {
        const row = seeded.households.find((household) => household.id === id)!;
        return {
          id,
          reference: row.reference,
          municipality: row.municipality,
          housingSituation: row.housingSituation,
          registeredOn: row.registeredOn,
          members: membersOf(id),
        };
      }),
    );
  });

  test('members come by relationship, then id: their order tells nothing of their ages', async () => {
    const ids = householdsWithMembers();
    const resolved = await resolveHouseholds(ids);
    for (const household of resolved) {
      const ranks = household.members!.map((member) =>
        RELATIONSHIP_ORDER.indexOf(member.relationship!),
      );
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    // Birth dates (IDENTITY) are guarded more strictly than the list (HOUSEHOLD_COMPOSITION): in
    // some household, two members of one relationship are not ordered by age.
    const byAgeNotById = resolved.some((household) =>
      household.members!.some((member, index, members) => {
        const next = members[index + 1];
        return (
          next !== undefined &&
          next.relationship === member.relationship &&
          compareText(next.birthDate!, member.birthDate!) < 0
        );
      }),
    );
    expect(byAgeNotById).toBe(true);
  });
});

describe('Query.households', () => {
  const PAGE = `query ($after: String) {
    households(first: 2, after: $after) { nodes { id } pageInfo { endCursor } }
  }`;

  test('takes only a cursor exactly as it handed it out, not its id in upper case', async () => {
    const first = await subgraph.query<{ households: { pageInfo: { endCursor: string } } }>(PAGE);
    const cursor = first.data!.households.pageInfo.endCursor;
    expect((await subgraph.query(PAGE, { after: cursor })).errors).toBeUndefined();
    // The same row in another spelling: a cursor the list never handed out, as the dated lists
    // (courses, vacant units) refuse it.
    const [list, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    const respelled = Buffer.from(`${list}|${id!.toUpperCase()}`, 'utf8').toString('base64url');
    const response = await subgraph.query(PAGE, { after: respelled });
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => [error.message, error.extensions])).toEqual([
      [
        'after is not a cursor returned by this list',
        expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }),
      ],
    ]);
  });
});

describe('batching', () => {
  test('resolving all households costs as many SQL statements as resolving one', async () => {
    const [one] = householdsWithMembers();
    subgraph.statements.reset();
    await resolveHouseholds([one!]);
    const forOne = subgraph.statements.total;

    const office = seeded.households.find((row) => row.id === one)!.housingOfficeAgencyId;
    const all = seeded.households
      .filter((row) => row.housingOfficeAgencyId === office)
      .map((row) => row.id);
    expect(all.length).toBeGreaterThan(5);
    subgraph.statements.reset();
    const resolved = await resolveHouseholds(all);
    expect(resolved).toHaveLength(all.length);
    expect(forOne).toBeGreaterThan(0);
    expect(subgraph.statements.total).toBe(forOne);
  });
});
