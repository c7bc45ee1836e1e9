/**
 * The training subgraph through its own GraphQL API (not the gateway): the course list with its
 * filters and order, a household's enrollments with their courses, and that they are loaded in
 * batches. What every subgraph must do (malformed ids, _service, health, migrations) is tested in
 * test/subgraphs.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { Kind } from 'graphql';
import { MUNICIPALITIES, demoHouseholds } from '@wohnnetz/demo-data';
import {
  compareText,
  loggedDecisions,
  startTestSubgraph,
  withScratchDatabase,
  type TestSubgraph,
} from '@wohnnetz/testing';
import { CourseSchema, type Course } from './entities/course.entity';
import { EnrollmentSchema, type Enrollment } from './entities/enrollment.entity';
import { training } from './subgraph';

const HOUSEHOLDS = 36;
const households = demoHouseholds(HOUSEHOLDS);

interface CourseData {
  id: string;
  providerAgencyId: string;
  title: string;
  language: string;
  modules: number;
  sessions: number;
  startsOn: string;
  municipality: string;
}

interface EnrollmentData {
  id: string;
  memberId: string;
  status: string | null;
  attendedSessions: number | null;
  examPassed: boolean | null;
  certificateIssuedOn: string | null;
  course: CourseData;
  providerAgencyId: string;
}

interface HouseholdData {
  id: string;
  trainingEnrollments: EnrollmentData[];
}

const COURSE_FIELDS = 'id providerAgencyId title language modules sessions startsOn municipality';

const COURSES_QUERY = `query ($municipality: Municipality, $language: CourseLanguage, $first: Int, $after: String) {
  courses(municipality: $municipality, language: $language, first: $first, after: $after) {
    nodes { ${COURSE_FIELDS} }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

interface CoursePage {
  nodes: CourseData[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/** Pages of this size, so that every list test walks several pages. */
const PAGE_SIZE = 3;

const HOUSEHOLDS_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Household {
      id
      trainingEnrollments {
        id memberId status attendedSessions examPassed certificateIssuedOn
        course { ${COURSE_FIELDS} }
        providerAgencyId
      }
    }
  }
}`;

let subgraph: TestSubgraph;
let seeded: { courses: Course[]; enrollments: Enrollment[] };

/**
 * The subgraph, and the rows its database was seeded with, read with the subgraph's own ORM: the
 * expectations do not go through the loaders and resolvers under test.
 */
beforeAll(async () => {
  subgraph = await startTestSubgraph(training, { households: HOUSEHOLDS });
  const em = subgraph.orm.em.fork();
  seeded = {
    courses: await em.find(CourseSchema, {}),
    enrollments: await em.find(EnrollmentSchema, {}),
  };
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

async function coursesPage(variables: Record<string, unknown>): Promise<CoursePage> {
  const response = await subgraph.query<{ courses: CoursePage }>(COURSES_QUERY, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.courses;
}

/** Every course matching the filter, page by page; each page states the same total. */
async function courses(filter: { municipality?: string; language?: string }) {
  const all: CourseData[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (;;) {
    const page = await coursesPage({ ...filter, first: PAGE_SIZE, after });
    expect(page.nodes.length).toBeLessThanOrEqual(PAGE_SIZE);
    totals.add(page.totalCount);
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect([...totals]).toEqual([all.length]);
  return all;
}

/** The values of the CourseLanguage enum, read from the subgraph's own schema. */
function courseLanguages(): string[] {
  const definition = training.definition.typeDefs.definitions.find(
    (node) => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === 'CourseLanguage',
  );
  if (definition?.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('no CourseLanguage enum');
  return (definition.values ?? []).map((value) => value.name.value);
}

/** Resolves households through `_entities`, as the gateway would; fails on any error. */
async function resolveHouseholds(ids: readonly string[]): Promise<HouseholdData[]> {
  const response = await subgraph.query<{ _entities: HouseholdData[] }>(HOUSEHOLDS_QUERY, {
    representations: ids.map((id) => ({ __typename: 'Household', id })),
  });
  expect(response.errors).toBeUndefined();
  return response.data!._entities;
}

function seededCourse(id: string): Course {
  const course = seeded.courses.find((row) => row.id === id);
  if (!course) throw new Error(`no seeded course ${id}`);
  return course;
}

const courseData = (row: Course): CourseData => ({
  id: row.id,
  providerAgencyId: row.providerAgencyId,
  title: row.title,
  language: row.language,
  modules: row.modules,
  sessions: row.sessions,
  startsOn: row.startsOn,
  municipality: row.municipality,
});

const enrollmentData = (row: Enrollment): EnrollmentData => ({
  id: row.id,
  memberId: row.memberId,
  status: row.status,
  attendedSessions: row.attendedSessions,
  examPassed: row.examPassed,
  certificateIssuedOn: row.certificateIssuedOn,
  course: courseData(seededCourse(row.course.id)),
  providerAgencyId: row.providerAgencyId,
});

/** The seeded courses that match the filter, in start order. */
const coursesMatching = (filter: { municipality?: string; language?: string }): CourseData[] =>
  seeded.courses
    .filter((row) => !filter.municipality || row.municipality === filter.municipality)
    .filter((row) => !filter.language || row.language === filter.language)
    .map(courseData)
    .sort((a, b) => compareText(a.startsOn, b.startsOn) || compareText(a.id, b.id));

/** A household's seeded enrollments, newest course first. */
const enrollmentsOf = (householdId: string): EnrollmentData[] =>
  seeded.enrollments
    .filter((row) => row.householdId === householdId)
    .map(enrollmentData)
    .sort((a, b) => compareText(b.course.startsOn, a.course.startsOn) || compareText(a.id, b.id));

const courseCount = (enrollments: EnrollmentData[]) =>
  new Set(enrollments.map((enrollment) => enrollment.course.id)).size;

describe('Query.courses', () => {
  test('without filters lists every course, ordered by start date, page by page', async () => {
    const expected = coursesMatching({});
    // The courses are seeded provider by provider, not in start order; several pages of them.
    expect(seeded.courses.map(courseData)).not.toEqual(expected);
    expect(expected.length).toBeGreaterThan(2 * PAGE_SIZE);

    const list = await courses({});
    expect(list).toEqual(expected);
    const starts = list.map((course) => course.startsOn);
    expect(starts).toEqual([...starts].sort());
  });

  test('first defaults to 20', async () => {
    // More courses than a default page: the demo data has fewer.
    const connection = subgraph.orm.em.getConnection();
    const added = Array.from({ length: 25 }, () => randomUUID());
    for (const [index, id] of added.entries()) {
      await connection.execute(
        `insert into course (id, provider_agency_id, title, language, modules, sessions,
           starts_on, municipality)
         values (?, 'training-test', 'Mietführerschein Test', 'DE', 5, 10, ?, 'HAGEN')`,
        [id, `2027-01-${String(index + 1).padStart(2, '0')}`],
      );
    }
    try {
      const page = await coursesPage({});
      expect(page.nodes).toHaveLength(20);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(page.totalCount).toBe(seeded.courses.length + added.length);
      // The seeded courses start before those added (2027), which start a day apart.
      expect(page.nodes.map((course) => course.id)).toEqual(
        [...coursesMatching({}).map((course) => course.id), ...added].slice(0, 20),
      );
    } finally {
      await connection.execute('delete from course where id = any(?::uuid[])', [
        `{${added.join(',')}}`,
      ]);
    }
  });

  test.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a made-up cursor', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ['an empty cursor', { after: '' }, 'after'],
  ])('%s is refused as BAD_USER_INPUT', async (_case, variables, argument) => {
    const response = await subgraph.query(COURSES_QUERY, variables);
    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  test('a cursor of the list with another filter is refused', async () => {
    // Continuing another filter's page would skip this list's courses before its cursor.
    const [municipality, other] = MUNICIPALITIES;
    const cursorOf = async (filter: Record<string, unknown>) =>
      (await coursesPage({ ...filter, first: 1 })).pageInfo.endCursor;
    const cursors = {
      all: await cursorOf({}),
      other: await cursorOf({ municipality: other }),
      german: await cursorOf({ municipality, language: 'DE' }),
    };
    for (const [filter, after] of [
      [{ municipality }, cursors.all],
      [{ municipality }, cursors.other],
      [{ municipality }, cursors.german],
      [{}, cursors.other],
      [{ language: 'DE' }, cursors.german],
    ] as const) {
      const response = await subgraph.query(COURSES_QUERY, { ...filter, first: 5, after });
      expect(response.data).toBeNull();
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
    }
    // Its own cursor it takes.
    await coursesPage({ municipality, language: 'DE', first: 1, after: cursors.german });
  });

  test.each(MUNICIPALITIES)('with municipality %s lists only its courses', async (municipality) => {
    const expected = coursesMatching({ municipality });
    expect(expected.length).toBeGreaterThan(1);

    const list = await courses({ municipality });
    expect(list).toEqual(expected);
    expect(list.every((course) => course.municipality === municipality)).toBe(true);
  });

  test('with a language lists only the courses in it, none for a language without courses', async () => {
    const languages = courseLanguages();
    const counts = languages.map((language) => coursesMatching({ language }).length);
    // Some languages have several courses, some none.
    expect(Math.max(...counts)).toBeGreaterThan(1);
    expect(Math.min(...counts)).toBe(0);

    for (const language of languages) {
      const list = await courses({ language });
      expect(list).toEqual(coursesMatching({ language }));
      expect(list.every((course) => course.language === language)).toBe(true);
    }
  });

  test('with a municipality and a language lists the courses that match both', async () => {
    const languages = courseLanguages();
    const pairs = MUNICIPALITIES.flatMap((municipality) =>
      languages.map((language) => ({ municipality, language })),
    );
    // A language that one municipality offers and another does not: the filters must combine.
    expect(
      pairs.some(
        (pair) =>
          coursesMatching(pair).length === 0 &&
          coursesMatching({ language: pair.language }).length > 0,
      ),
    ).toBe(true);

    for (const pair of pairs) {
      const list = await courses(pair);
      expect(list).toEqual(coursesMatching(pair));
    }
  });
});

describe('Household.trainingEnrollments', () => {
  test('are all of the household’s enrollments, newest course first, each with its course', async () => {
    // A member who dropped out and enrolled again in a later course is seeded in that order, and
    // members of one household share a course: both the course order and the tie order count.
    expect(households.some((household) => courseCount(enrollmentsOf(household.id)) > 1)).toBe(true);
    expect(
      households.some((household) => {
        const enrollments = enrollmentsOf(household.id);
        return enrollments.length > courseCount(enrollments);
      }),
    ).toBe(true);

    const resolved = await resolveHouseholds(households.map((household) => household.id));
    expect(resolved).toEqual(
      households.map((household) => ({
        id: household.id,
        trainingEnrollments: enrollmentsOf(household.id),
      })),
    );
    for (const { trainingEnrollments } of resolved) {
      const starts = trainingEnrollments.map((enrollment) => enrollment.course.startsOn);
      expect(starts).toEqual([...starts].sort().reverse());
    }
  });

  test('are of adult members of the household, in courses of its municipality', async () => {
    const resolved = await resolveHouseholds(households.map((household) => household.id));
    const pairs = households.flatMap((household, index) =>
      resolved[index]!.trainingEnrollments.map((enrollment) => ({ household, enrollment })),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const { household, enrollment } of pairs) {
      const member = household.members.find((candidate) => candidate.id === enrollment.memberId);
      expect(member).toBeDefined();
      expect(member!.relationship).not.toBe('CHILD');
      expect(enrollment.course.municipality).toBe(household.municipality);
    }
  });

  test('are empty for households without enrollments', async () => {
    const empty = households
      .filter((household) => enrollmentsOf(household.id).length === 0)
      .map((household) => household.id);
    expect(empty.length).toBeGreaterThan(0);

    const ids = empty;
    expect(await resolveHouseholds(ids)).toEqual(
      ids.map((id) => ({ id, trainingEnrollments: [] })),
    );
  });
});

describe('batching', () => {
  test('resolving all households costs as many SQL statements as resolving one', async () => {
    // A household enrolled in more than one course, so that the course loader runs for it.
    const complete = households.find((household) => courseCount(enrollmentsOf(household.id)) > 1);
    expect(complete).toBeDefined();

    subgraph.statements.reset();
    const [one] = await resolveHouseholds([complete!.id]);
    const forOne = subgraph.statements.total;
    expect(courseCount(one!.trainingEnrollments)).toBeGreaterThan(1);

    subgraph.statements.reset();
    const all = await resolveHouseholds(households.map((household) => household.id));
    const forAll = subgraph.statements.total;
    expect(all).toHaveLength(HOUSEHOLDS);
    expect(courseCount(all.flatMap((household) => household.trainingEnrollments))).toBeGreaterThan(
      courseCount(one!.trainingEnrollments),
    );

    expect(forOne).toBeGreaterThan(0);
    expect(forAll).toBe(forOne);
  });
});

describe('who owns a household’s data here', () => {
  test('the provider that enrolled the household, also if the course is handed on', async () => {
    const enrollment = seeded.enrollments.find(
      (row) =>
        seeded.enrollments.filter((other) => other.householdId === row.householdId).length === 1,
    )!;
    const enrolledBy = enrollment.providerAgencyId;
    const successor = seeded.courses.find(
      (course) => course.providerAgencyId !== enrolledBy,
    )!.providerAgencyId;
    const ask = async (agencyId: string) => {
      const requestId = randomUUID();
      const response = await subgraph.query(
        'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { trainingEnrollments { status } } } }',
        { representations: [{ __typename: 'Household', id: enrollment.householdId }] },
        {
          agencyId,
          agencyKind: 'TRAINING_PROVIDER',
          roles: ['trainer'],
          purpose: 'TRAINING',
          requestId,
        },
      );
      return {
        response,
        entries: await loggedDecisions(subgraph, requestId, agencyId, 'TRAINING_PROVIDER'),
      };
    };

    // The provider that enrolled the member: its own record, nothing logged.
    const own = await ask(enrolledBy);
    expect(own.response.errors).toBeUndefined();
    expect(own.entries).toEqual([]);

    // The course is handed to another provider: the enrollment is not its record, so asking for
    // it is a decision the registry makes and logs.
    const connection = subgraph.orm.em.getConnection();
    const courseId = enrollment.course.id;
    await connection.execute('update course set provider_agency_id = ? where id = ?', [
      successor,
      courseId,
    ]);
    try {
      const handedOn = await ask(successor);
      expect(handedOn.entries.map((entry) => entry.field)).toEqual([
        'Household.trainingEnrollments',
      ]);
      expect(handedOn.entries[0]!.basis).not.toBe('OWN_TASK');
    } finally {
      await connection.execute('update course set provider_agency_id = ? where id = ?', [
        enrolledBy,
        courseId,
      ]);
    }
  });
});

describe('the migration that records who enrolled a household', () => {
  test('names the provider of the enrollment’s course at the time of the migration', async () => {
    await withScratchDatabase(training, async (scratch) => {
      const migrator = scratch.getMigrator();
      const pending = await migrator.getPendingMigrations();
      await migrator.up({ to: pending.at(-2)!.name });
      const connection = scratch.em.getConnection();
      const [course, enrollment] = [randomUUID(), randomUUID()];
      await connection.execute(
        `insert into course (id, provider_agency_id, title, language, modules, sessions, starts_on,
           municipality)
         values (?, 'training-test', 'Mietführerschein Test', 'DE', 5, 10, '2026-01-10', 'HAGEN')`,
        [course],
      );
      await connection.execute(
        `insert into enrollment (id, household_id, member_id, course_id, status, attended_sessions,
           exam_passed, certificate_issued_on)
         values (?, ?, ?, ?, 'ENROLLED', 0, null, null)`,
        [enrollment, randomUUID(), randomUUID(), course],
      );
      await migrator.up();
      expect(await migrator.checkMigrationNeeded()).toBe(false);
      const rows = await connection.execute<{ provider_agency_id: string }[]>(
        'select provider_agency_id from enrollment where id = ?',
        [enrollment],
      );
      expect(rows).toEqual([{ provider_agency_id: 'training-test' }]);
    });
  });
});
