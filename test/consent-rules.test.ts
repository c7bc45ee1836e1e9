/**
 * The consent engine's promises, one by one, through the real gateway and subgraphs: withdrawal
 * and expiry take effect at once (to the millisecond), Art. 9/10 data never reach a landlord or a
 * training provider, every decision about a foreign agency is logged exactly once with its basis
 * (before release; no log, no release), `_entities` is guarded too, and the registry is asked a
 * constant number of times per request.
 */
import { randomUUID } from 'node:crypto';
import { DECISIONS_PATH } from '@wohnnetz/consent-enforcement';
import { demoHouseholds } from '@wohnnetz/demo-data';
import { operationHash, signInternalToken, type SubgraphName } from '@wohnnetz/service-kit';
import {
  atInstant,
  withRegistryTriggersOff,
  countDecisionCalls,
  postGraphQL,
  startTestHub,
  type GraphQLResponse,
  type TestHub,
} from '@wohnnetz/testing';
import { requestGrantsOf } from '../subgraphs/consent/src/decisions/registry-decisions';
import { expectedDecision, expectedOwners, partOf, recordedGrants } from './consent-oracle';

const HOUSEHOLDS = 12;
const households = demoHouseholds(HOUSEHOLDS);
const inHagen = households.filter((household) => household.municipality === 'HAGEN');

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ households: HOUSEHOLDS });
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

async function as(agencyId: string, purpose: string, query: string, roles?: string[]) {
  return postGraphQL(
    hub.gatewayUrl,
    query,
    {},
    {
      authorization: `Bearer ${await hub.token({ agencyId, roles })}`,
      'x-purpose': purpose,
    },
  );
}

async function asCaseworker(query: string, variables: Record<string, unknown>) {
  const response = await postGraphQL<Record<string, { id: string }>>(
    hub.gatewayUrl,
    query,
    variables,
    {
      authorization: `Bearer ${await hub.token({ agencyId: 'housing-hagen' })}`,
      'x-purpose': 'CASE_COORDINATION',
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function recordConsent(input: Record<string, unknown>): Promise<string> {
  const data = await asCaseworker(
    'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
    {
      input: {
        grantorName: 'Rule Test',
        form: 'WRITTEN',
        informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
        informationLanguage: 'de',
        documentReference: 'RULE-1',
        ...input,
      },
    },
  );
  return data.recordConsent!.id;
}

/** A landlord's case worker asking for housing placement: a caller of a query of its own. */
const landlordQuery = () => ({
  actor: 'someone@landlord-hagen-gmbh',
  agencyId: 'landlord-hagen-gmbh',
  agencyKind: 'LANDLORD',
  roles: ['landlord_staff'],
  purpose: 'HOUSING_PLACEMENT',
  requestId: randomUUID(),
  operationType: 'query' as const,
});

const errorAt = (response: GraphQLResponse, path: (string | number)[]) =>
  response.errors?.find((error) => JSON.stringify(error.path) === JSON.stringify(path));

/** An access-log entry, as a data-protection officer reads it. */
interface LogEntry {
  requestId: string;
  householdId: string;
  ownerAgencyIds: string[];
  category: string;
  field: string;
  subgraph: string;
  released: boolean;
  basis: string;
  reference: string | null;
}

interface LogPage {
  accessLog: { nodes: LogEntry[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

/** Runs `run` while every access-log write fails (errors it logs are silenced), then restores. */
async function withLogWritesFailing<T>(run: () => Promise<T>): Promise<T> {
  const connection = hub.subgraphs.consent.orm.em.getConnection();
  await connection.execute(
    'alter table access_log_record add constraint wohnnetz_test_no_writes check (false) not valid',
  );
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return await run();
  } finally {
    spy.mockRestore();
    await connection.execute(
      'alter table access_log_record drop constraint wohnnetz_test_no_writes',
    );
  }
}

/**
 * Every access-log entry of one gateway request, read page by page by the data-protection officer
 * of the agency that made it (an officer reads only their own agency's requests and data).
 */
async function loggedFor(requestId: string, agencyId: string): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  let after: string | null = null;
  do {
    const response = await postGraphQL<{
      accessLog: {
        nodes: LogEntry[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    }>(
      hub.gatewayUrl,
      `query ($requestId: ID!, $after: String) {
        accessLog(requestId: $requestId, first: 40, after: $after) {
          pageInfo { endCursor hasNextPage }
          nodes { requestId householdId ownerAgencyIds category field subgraph released basis reference }
        }
      }`,
      { requestId, after },
      {
        authorization: `Bearer ${await hub.token({ agencyId, roles: ['data_protection_officer'] })}`,
        'x-purpose': 'DATA_PROTECTION_SUPERVISION',
      },
    );
    expect(response.errors).toBeUndefined();
    const page: LogPage['accessLog'] = response.data!.accessLog;
    entries.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return entries;
}

describe('withdrawal and expiry take effect on the very next request', () => {
  const query = (id: string) => `{ household(id: "${id}") { trainingEnrollments { status } } }`;
  // A test that times out inside `at` must not leave the clock stopped for the next ones.
  afterEach(() => jest.useRealTimers());

  test('a withdrawn consent releases nothing from the next request on', async () => {
    const household = inHagen[0]!;
    const grant = await recordConsent({
      householdId: household.id,
      recipientAgencyId: 'landlord-hagen-gmbh',
      categories: ['TRAINING_RESULTS'],
      purposes: ['HOUSING_PLACEMENT'],
    });
    const before = await as('landlord-hagen-gmbh', 'HOUSING_PLACEMENT', query(household.id));
    expect(before.errors).toBeUndefined();

    await asCaseworker('mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', { id: grant });

    const after = await as('landlord-hagen-gmbh', 'HOUSING_PLACEMENT', query(household.id));
    expect(after.data).toEqual({ household: { trainingEnrollments: null } });
    expect(errorAt(after, ['household', 'trainingEnrollments'])?.extensions).toMatchObject({
      code: 'CONSENT_REQUIRED',
      householdId: household.id,
      category: 'TRAINING_RESULTS',
      purpose: 'HOUSING_PLACEMENT',
    });
  });

  test('a withdrawal takes effect within its own operation: later fields are decided anew', async () => {
    const household = inHagen[3]!;
    // The welfare provider may read the household's consent records under this consent only.
    const consentRecords = await recordConsent({
      householdId: household.id,
      recipientAgencyId: 'welfare-hagen-mitte',
      categories: ['CONSENT_RECORDS'],
      purposes: ['HOUSING_PLACEMENT'],
    });
    const response = await hub.queryAs<{
      a: { household: { consents: { nodes: unknown[] } | null } } | null;
      b: { state: string; household: { consents: { nodes: unknown[] } | null } } | null;
    }>(
      'welfare-hagen-mitte',
      'HOUSING_PLACEMENT',
      `mutation ($input: RecordConsentInput!, $id: ID!) {
        a: recordConsent(input: $input) { household { consents { nodes { id } } } }
        b: withdrawConsent(id: $id) { state household { consents { nodes { id } } } }
      }`,
      {
        input: {
          grantorName: 'Rule Test',
          form: 'WRITTEN',
          informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
          informationLanguage: 'de',
          documentReference: 'RULE-2',
          householdId: household.id,
          recipientAgencyId: 'welfare-hagen-mitte',
          categories: ['SUPPORT_NOTES'],
          purposes: ['HOUSING_PLACEMENT'],
        },
        id: consentRecords,
      },
    );
    expect(response.data!.a!.household.consents!.nodes).toHaveLength(2);
    expect(response.data!.b).toEqual({ state: 'WITHDRAWN', household: { consents: null } });
    expect(errorAt(response, ['b', 'household', 'consents'])?.extensions).toMatchObject({
      code: 'CONSENT_REQUIRED',
      householdId: household.id,
      category: 'CONSENT_RECORDS',
    });
  });

  test('only the recording or the recipient agency may withdraw a consent; to another it does not exist', async () => {
    const grant = await recordConsent({
      householdId: inHagen[0]!.id,
      recipientAgencyId: 'landlord-hagen-gmbh',
      categories: ['TENANCY'],
      purposes: ['TENANCY_SUPPORT'],
    });
    const other = await as(
      'jobcenter-hagen',
      'CASE_COORDINATION',
      `mutation { withdrawConsent(id: "${grant}") { id grantorName documentReference } }`,
    );
    // A consent outside its part is answered as an unknown id would be: no hint that it exists.
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).toBe(`no consent ${grant}`);
    expect(other.data).toEqual({ withdrawConsent: null });
  });

  /** The household's enrollments as the landlord reads them at `now`: released or withheld. */
  async function enrollmentsAt(now: number, householdId: string) {
    const response = await atInstant(now, () =>
      as('landlord-hagen-gmbh', 'TENANCY_SUPPORT', query(householdId)),
    );
    const value = (response.data as { household: { trainingEnrollments: unknown } } | null)
      ?.household.trainingEnrollments;
    const code = errorAt(response, ['household', 'trainingEnrollments'])?.extensions?.code;
    if (Array.isArray(value) && code === undefined) return 'released';
    if (value === null && code === 'CONSENT_REQUIRED') return 'withheld';
    throw new Error(`neither released nor withheld: ${JSON.stringify(response)}`);
  }

  test('a consent applies from validFrom on, to the last millisecond before validUntil', async () => {
    const household = inHagen[1]!;
    // Half a minute either way: the registry logs each read below at this process's clock, which
    // its database takes only within 60 seconds of its own (ADR 0021).
    const validFrom = Date.now() - 30_000;
    const validUntil = validFrom + 60_000;
    await recordConsent({
      householdId: household.id,
      recipientAgencyId: 'landlord-hagen-gmbh',
      categories: ['TRAINING_RESULTS'],
      purposes: ['TENANCY_SUPPORT'],
      validFrom: new Date(validFrom).toISOString(),
      validUntil: new Date(validUntil).toISOString(),
    });
    expect(await enrollmentsAt(validFrom - 1, household.id)).toBe('withheld'); // not yet
    expect(await enrollmentsAt(validFrom, household.id)).toBe('released');
    expect(await enrollmentsAt(validUntil - 1, household.id)).toBe('released');
    expect(await enrollmentsAt(validUntil, household.id)).toBe('withheld'); // expired
  });

  test('a withdrawal applies from its commit on, also to a request whose clock reads an earlier time', async () => {
    const household = inHagen[2]!;
    const grant = await recordConsent({
      householdId: household.id,
      recipientAgencyId: 'landlord-hagen-gmbh',
      categories: ['TRAINING_RESULTS'],
      purposes: ['TENANCY_SUPPORT'],
      validFrom: new Date(Date.now() - 60_000).toISOString(),
    });
    // Recorded by a clock ahead of the one that decides next (another registry instance's, say).
    const withdrawnAt = Date.now() + 1_000;
    expect(await enrollmentsAt(withdrawnAt - 1, household.id)).toBe('released');
    const withdrawn = await atInstant(withdrawnAt, () =>
      asCaseworker('mutation ($id: ID!) { withdrawConsent(id: $id) { withdrawnAt } }', {
        id: grant,
      }),
    );
    expect(withdrawn).toEqual({
      withdrawConsent: { withdrawnAt: new Date(withdrawnAt).toISOString() },
    });
    expect(await enrollmentsAt(withdrawnAt - 1, household.id)).toBe('withheld');
    expect(await enrollmentsAt(withdrawnAt, household.id)).toBe('withheld');
  });
});

describe('several mutations in one operation succeed or fail each on its own', () => {
  const CONSENT = {
    grantorName: 'Batch Test',
    recipientAgencyId: 'landlord-hagen-gmbh',
    categories: ['TENANCY'],
    purposes: ['TENANCY_SUPPORT'],
    form: 'WRITTEN',
    informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
    informationLanguage: 'de',
  };
  const references = async (householdId: string) => {
    const response = await as(
      'housing-hagen',
      'CASE_COORDINATION',
      `{ household(id: "${householdId}") { consents(first: 100) { nodes { id documentReference state } } } }`,
    );
    const { household } = response.data as {
      household: {
        consents: { nodes: { id: string; documentReference: string; state: string }[] };
      };
    };
    return household.consents.nodes;
  };

  test('a refused recording between two others: both others are recorded and answered', async () => {
    const householdId = inHagen[2]!.id;
    const response = await hub.queryAs<Record<string, { id: string } | null>>(
      'housing-hagen',
      'CASE_COORDINATION',
      `mutation ($a: RecordConsentInput!, $b: RecordConsentInput!, $c: RecordConsentInput!) {
        a: recordConsent(input: $a) { id }
        b: recordConsent(input: $b) { id }
        c: recordConsent(input: $c) { id }
      }`,
      {
        a: { ...CONSENT, householdId, documentReference: 'BATCH-A' },
        b: { ...CONSENT, householdId, documentReference: 'BATCH-B', categories: [] },
        c: { ...CONSENT, householdId, documentReference: 'BATCH-C' },
      },
    );
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['b'], 'BAD_USER_INPUT'],
    ]);
    const { a, b, c } = response.data!;
    expect(b).toBeNull();
    const recorded = (await references(householdId)).filter((grant) =>
      grant.documentReference.startsWith('BATCH-'),
    );
    expect(recorded.map((grant) => [grant.documentReference, grant.id]).sort()).toEqual([
      ['BATCH-A', a!.id],
      ['BATCH-C', c!.id],
    ]);
  });

  test('a consent withdrawn twice in one operation: the first withdrawal is answered', async () => {
    const grant = await recordConsent({
      householdId: inHagen[2]!.id,
      recipientAgencyId: 'landlord-hagen-gmbh',
      categories: ['TENANCY'],
      purposes: ['TENANCY_SUPPORT'],
    });
    const response = await hub.queryAs<Record<string, { state: string } | null>>(
      'housing-hagen',
      'CASE_COORDINATION',
      `mutation ($id: ID!) {
        first: withdrawConsent(id: $id) { state }
        again: withdrawConsent(id: $id) { state }
      }`,
      { id: grant },
    );
    expect(response.data).toEqual({ first: { state: 'WITHDRAWN' }, again: null });
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['again'], 'BAD_USER_INPUT'],
    ]);
  });
});

describe('consent records', () => {
  const query = (id: string) =>
    `{ household(id: "${id}") { consents(first: 100) { nodes { documentReference grantorName history { actor } } } } }`;
  type Consents = {
    household: {
      consents: {
        nodes: {
          documentReference: string;
          grantorName: string | null;
          history: { actor: string | null }[];
        }[];
      };
    };
  };
  const consentsOf = (response: GraphQLResponse) =>
    (response.data as Consents).household.consents.nodes;

  // The housing office's consents for one household, naming the training provider and the
  // Jobcenter: recorded for the whole block, so that each test reads them also when run alone.
  beforeAll(async () => {
    await recordConsent({
      householdId: inHagen[1]!.id,
      recipientAgencyId: 'training-hagen',
      categories: ['TRAINING_RESULTS'],
      purposes: ['TRAINING'],
      documentReference: 'SCOPE-TRAINING',
    });
    await recordConsent({
      householdId: inHagen[1]!.id,
      recipientAgencyId: 'jobcenter-hagen',
      categories: ['TENANCY'],
      purposes: ['CASE_COORDINATION'],
      documentReference: 'SCOPE-JOBCENTER',
    });
  });

  test('an agency reads only the consents it recorded or that name it, without staff of others', async () => {
    const household = inHagen[1]!;
    const seen = consentsOf(await as('jobcenter-hagen', 'CASE_COORDINATION', query(household.id)));
    const references = seen.map((grant) => grant.documentReference);
    expect(references).toContain('SCOPE-JOBCENTER');
    expect(references).not.toContain('SCOPE-TRAINING');
    // Recorded by the housing office: its case worker's name is not the Jobcenter's to see.
    const named = seen.find((grant) => grant.documentReference === 'SCOPE-JOBCENTER')!;
    expect(named.history).toEqual([{ actor: null }]);
    const recorder = consentsOf(
      await as('housing-hagen', 'CASE_COORDINATION', query(household.id)),
    );
    expect(recorder.map((grant) => grant.documentReference)).toEqual(
      expect.arrayContaining(['SCOPE-TRAINING', 'SCOPE-JOBCENTER']),
    );
    expect(recorder[0]!.history[0]!.actor).toEqual(expect.stringContaining('housing-hagen'));
  });

  test('the names in them are identity data, released only on a basis for it', async () => {
    const household = inHagen[1]!;
    // Consent records reach the Jobcenter on the policy's basis; the names in them do not.
    const before = await as('jobcenter-hagen', 'CASE_COORDINATION', query(household.id));
    const named = consentsOf(before).findIndex(
      (grant) => grant.documentReference === 'SCOPE-JOBCENTER',
    );
    expect(consentsOf(before)[named]!.grantorName).toBeNull();
    expect(
      errorAt(before, ['household', 'consents', 'nodes', named, 'grantorName'])?.extensions,
    ).toMatchObject({ code: 'CONSENT_REQUIRED', householdId: household.id, category: 'IDENTITY' });

    await recordConsent({
      householdId: household.id,
      grantorName: 'Nora Beispiel',
      recipientAgencyId: 'jobcenter-hagen',
      categories: ['IDENTITY'],
      purposes: ['CASE_COORDINATION'],
    });
    const after = await as('jobcenter-hagen', 'CASE_COORDINATION', query(household.id));
    expect(after.errors).toBeUndefined();
    expect(consentsOf(after).map((grant) => grant.grantorName)).toContain('Nora Beispiel');
  });

  test("without a basis, no consents and another agency's consent naming it look the same", async () => {
    // A landlord has no basis for consent records: whether its part of a household's consents
    // is empty or holds a (withdrawn) consent the housing office recorded for landlords, it is
    // withheld alike — an empty list would tell it that the housing office had recorded one.
    const requester = {
      agencyId: 'landlord-vest-ag',
      agencyKind: 'LANDLORD',
      purpose: 'HOUSING_PLACEMENT',
    };
    const part = partOf(await recordedGrants(hub), requester);
    const [withConsent, without] = inHagen.filter(
      ({ id }) => !part.some((grant) => grant.householdId === id),
    );
    if (!withConsent || !without) throw new Error('too few Hagen households without a consent');
    const grant = await recordConsent({
      householdId: withConsent.id,
      recipientAgencyKind: 'LANDLORD',
      categories: ['TENANCY'],
      purposes: ['HOUSING_PLACEMENT'],
    });
    await asCaseworker('mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', { id: grant });

    const denialOf = async (household: { id: string }) => {
      const response = await as(requester.agencyId, requester.purpose, query(household.id));
      expect(response.data).toEqual({ household: { consents: null } });
      const { householdId, requestId, ...denial } = errorAt(response, ['household', 'consents'])!
        .extensions as Record<string, unknown>;
      expect([householdId, requestId]).toEqual([household.id, response.requestId]);
      return denial;
    };
    const denial = await denialOf(without);
    expect(denial).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'CONSENT_RECORDS' });
    expect(await denialOf(withConsent)).toEqual(denial);
  });

  test("a data-protection officer audits their own agency's consents", async () => {
    const household = inHagen[1]!;
    const response = await as(
      'jobcenter-hagen',
      'DATA_PROTECTION_SUPERVISION',
      `{ household(id: "${household.id}") { consents(first: 100) { nodes { documentReference } } } }`,
      ['data_protection_officer'],
    );
    expect(response.errors).toBeUndefined();
    expect(consentsOf(response).map((grant) => grant.documentReference)).toContain(
      'SCOPE-JOBCENTER',
    );
  });
});

describe('consent records, page by page', () => {
  interface Connection {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: { id: string }[];
  }
  type Page = { household: { consents: Connection | null } };
  /** A page of a household's consents through the gateway, as a user of `agencyId` reads it. */
  const page = async (
    agencyId: string,
    purpose: string,
    householdId: string,
    variables: { first?: number; after?: string | null },
  ) =>
    postGraphQL<Page>(
      hub.gatewayUrl,
      `query ($id: ID!, $first: Int!, $after: String) {
        household(id: $id) {
          consents(first: $first, after: $after) {
            totalCount pageInfo { endCursor hasNextPage } nodes { id }
          }
        }
      }`,
      { id: householdId, first: 2, ...variables },
      {
        authorization: `Bearer ${await hub.token({ agencyId })}`,
        'x-purpose': purpose,
      },
    );
  const household = inHagen[3]!;
  const refusal = (response: GraphQLResponse<Page>) => {
    expect(response.data).toEqual({ household: { consents: null } });
    return response.errors?.map((error) => [error.path, error.extensions?.code]);
  };

  beforeAll(async () => {
    for (const n of [1, 2, 3]) {
      await recordConsent({
        householdId: household.id,
        recipientAgencyId: 'jobcenter-hagen',
        categories: ['TENANCY'],
        purposes: ['CASE_COORDINATION'],
        documentReference: `PAGE-BY-PAGE-${n}`,
      });
    }
  });

  test.each([
    ['housing-hagen', 'HOUSING_OFFICE'],
    ['jobcenter-hagen', 'JOBCENTER'],
  ])(
    '%s reads its part newest recorded first, then id, without gaps or repeats',
    async (agencyId, agencyKind) => {
      // The oracle's grants come oldest recorded first, then by id: newest first is the reverse.
      const part = partOf(
        (await recordedGrants(hub)).filter((grant) => grant.householdId === household.id),
        { agencyId, agencyKind, purpose: 'CASE_COORDINATION' },
      )
        .map((grant) => grant.id)
        .reverse();
      expect(part.length).toBeGreaterThanOrEqual(3);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const response = await page(agencyId, 'CASE_COORDINATION', household.id, { after });
        expect(response.errors).toBeUndefined();
        const consents: Connection = response.data!.household.consents!;
        expect(consents.totalCount).toBe(part.length);
        expect(consents.nodes.length).toBe(Math.min(2, part.length - seen.length));
        seen.push(...consents.nodes.map((node) => node.id));
        expect(consents.pageInfo.hasNextPage).toBe(seen.length < part.length);
        after = consents.pageInfo.hasNextPage ? consents.pageInfo.endCursor : null;
      } while (after !== null);
      expect(seen).toEqual(part);
    },
  );

  test.each([0, 101])('refuses first: %d, as BAD_USER_INPUT', async (first) => {
    const response = await page('housing-hagen', 'CASE_COORDINATION', household.id, { first });
    expect(refusal(response)).toEqual([[['household', 'consents'], 'BAD_USER_INPUT']]);
  });

  test("refuses a cursor it did not hand out, and one of another household's list", async () => {
    const bad = await page('housing-hagen', 'CASE_COORDINATION', household.id, {
      after: 'not-a-cursor',
    });
    expect(refusal(bad)).toEqual([[['household', 'consents'], 'BAD_USER_INPUT']]);
    const other = await page('housing-hagen', 'CASE_COORDINATION', inHagen[1]!.id, { first: 1 });
    const cursor = other.data!.household.consents!.pageInfo.endCursor!;
    const response = await page('housing-hagen', 'CASE_COORDINATION', household.id, {
      after: cursor,
    });
    expect(refusal(response)).toEqual([[['household', 'consents'], 'BAD_USER_INPUT']]);
  });

  test('a denial withholds the whole connection, page size and cursor unread', async () => {
    // A landlord has no basis for consent records: neither the page nor its count reaches it.
    const own = await page('housing-hagen', 'CASE_COORDINATION', household.id, { first: 1 });
    const cursor = own.data!.household.consents!.pageInfo.endCursor!;
    for (const variables of [{ first: 1 }, { first: 1, after: cursor }, { first: 500 }]) {
      const response = await page('landlord-vest-ag', 'HOUSING_PLACEMENT', household.id, variables);
      expect(refusal(response)).toEqual([[['household', 'consents'], 'CONSENT_REQUIRED']]);
      expect(errorAt(response, ['household', 'consents'])?.extensions).toMatchObject({
        householdId: household.id,
        category: 'CONSENT_RECORDS',
        purpose: 'HOUSING_PLACEMENT',
        field: 'Household.consents',
      });
    }
  });
});

describe('what no consent could release', () => {
  test("is withheld as RELEASE_FORBIDDEN with the reason, not as a consent to ask for: an officer reading a household's data", async () => {
    const household = inHagen[0]!;
    const response = await as(
      'welfare-hagen-mitte',
      'DATA_PROTECTION_SUPERVISION',
      `{ household(id: "${household.id}") { reference consents { nodes { id } } } }`,
      ['data_protection_officer'],
    );
    const reason =
      'no rule gives a basis, and a household cannot consent to DATA_PROTECTION_SUPERVISION';
    expect(errorAt(response, ['household', 'reference'])).toMatchObject({
      message: `HOUSING_SITUATION data of this household are never released to your agency (${reason})`,
      extensions: {
        code: 'RELEASE_FORBIDDEN',
        householdId: household.id,
        category: 'HOUSING_SITUATION',
        purpose: 'DATA_PROTECTION_SUPERVISION',
      },
    });
    // The officer's audit of consents has its basis (Art. 39 GDPR): released beside it.
    expect(errorAt(response, ['household', 'consents'])).toBeUndefined();
    expect(response.data).toMatchObject({ household: { reference: null } });

    const logged = await loggedFor(response.requestId!, 'welfare-hagen-mitte');
    expect(logged.filter((entry) => entry.field === 'Household.reference')).toEqual([
      expect.objectContaining({
        householdId: household.id,
        released: false,
        basis: 'NEVER',
        reference: reason,
      }),
    ]);
  });
});

describe('GDPR Art. 9 and Art. 10 data never reach a landlord or a training provider', () => {
  // Before any consent for the support notes is recorded below: the support cases are withheld.
  test.each([
    ['landlord-dortmund-eg', 'TENANCY_SUPPORT'],
    ['training-dortmund', 'TRAINING'],
  ])(
    'a denial of the support cases names no special category below them to ask for (%s)',
    async (agency, purpose) => {
      const response = await as(
        agency,
        purpose,
        `{ household(id: "${households[0]!.id}") { supportCases { id healthNotes probationSupervision } } }`,
      );
      // The consent to ask for is SUPPORT_NOTES alone: one that also named HEALTH or
      // CRIMINAL_RECORD would be refused (below), so the denial must not send a case worker to
      // ask the household for them (ADR 0022, 0027).
      expect(errorAt(response, ['household', 'supportCases'])?.extensions).toEqual(
        expect.objectContaining({ code: 'CONSENT_REQUIRED', category: 'SUPPORT_NOTES' }),
      );
      expect(
        errorAt(response, ['household', 'supportCases'])?.extensions?.categoriesBelow,
      ).toBeUndefined();
    },
  );

  test.each([
    [
      'LANDLORD',
      'landlord-dortmund-eg',
      ['HOUSING_PLACEMENT', 'TENANCY_SUPPORT', 'EVICTION_PREVENTION'],
    ],
    ['TRAINING_PROVIDER', 'training-dortmund', ['TRAINING']],
  ])(
    'not even with the household’s consent, for no purpose (%s)',
    async (kind, agency, purposes) => {
      const input = {
        grantorName: 'Rule Test',
        form: 'WRITTEN',
        informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
        informationLanguage: 'de',
        documentReference: 'RULE-1',
        householdId: households[0]!.id,
        recipientAgencyKind: kind,
        categories: ['SUPPORT_NOTES', 'HEALTH', 'CRIMINAL_RECORD'],
        purposes,
      };
      // Such a consent is refused when it is recorded: it could never apply …
      const refused = await postGraphQL(
        hub.gatewayUrl,
        'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
        { input },
        {
          authorization: `Bearer ${await hub.token({ agencyId: 'housing-hagen' })}`,
          'x-purpose': 'CASE_COORDINATION',
        },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'categories',
      });
      expect(refused.errors?.[0]?.message).toContain(
        `never releases HEALTH, CRIMINAL_RECORD to a ${kind}`,
      );
      // … and one that covers them anyway (written before that check, straight into the registry's
      // database here) releases nothing of them.
      const ids: string[] = [];
      for (const household of households) {
        ids.push(
          await recordConsent({
            householdId: household.id,
            recipientAgencyKind: kind,
            categories: ['SUPPORT_NOTES'],
            purposes,
          }),
        );
      }
      // A grant the registry never records (nor lets change).
      await withRegistryTriggersOff(hub.subgraphs.consent.orm.em, 'consent_grant', (tx) =>
        tx.execute(
          `update consent_grant set categories = categories || '{HEALTH,CRIMINAL_RECORD}' where id = any(?::uuid[])`,
          [`{${ids.join(',')}}`],
        ),
      );
      let withheld = 0;
      for (const purpose of purposes) {
        // Neither may list households; each asks for every household by its id.
        for (const household of households) {
          const response = await as(
            agency,
            purpose,
            `{ household(id: "${household.id}") { supportCases { id healthNotes probationSupervision } } }`,
          );
          const { supportCases } = (
            response.data as { household: { supportCases: Record<string, unknown>[] | null } }
          ).household;
          // SUPPORT_NOTES are released under the consent …
          expect(supportCases).not.toBeNull();
          supportCases!.forEach((supportCase, caseIndex) => {
            // … the special categories never.
            for (const field of ['healthNotes', 'probationSupervision']) {
              expect(supportCase[field]).toBeNull();
              const error = errorAt(response, ['household', 'supportCases', caseIndex, field]);
              expect(error?.extensions?.code).toBe('RELEASE_FORBIDDEN');
              withheld += 1;
            }
          });
        }
      }
      expect(withheld).toBeGreaterThan(0);
    },
  );
});

describe('the access log', () => {
  /** A guarded field of every subgraph: its selection, coordinate, category and subgraph. */
  const GUARDED: [string, string, string, SubgraphName][] = [
    ['reference', 'Household.reference', 'HOUSING_SITUATION', 'housing'],
    ['members { givenName }', 'Household.members', 'HOUSEHOLD_COMPOSITION', 'housing'],
    ['benefitCase { status }', 'Household.benefitCase', 'INCOME_BENEFITS', 'jobcenter'],
    ['tenancyWarnings { kind }', 'Household.tenancyWarnings', 'RENT_ARREARS', 'jobcenter'],
    ['supportCases { kind }', 'Household.supportCases', 'SUPPORT_NOTES', 'welfare'],
    ['tenancy { status }', 'Household.tenancy', 'TENANCY', 'landlords'],
    [
      'trainingEnrollments { status }',
      'Household.trainingEnrollments',
      'TRAINING_RESULTS',
      'training',
    ],
    ['consents { totalCount }', 'Household.consents', 'CONSENT_RECORDS', 'consent'],
  ];
  const query = `{ households(first: ${HOUSEHOLDS}) { nodes { id ${GUARDED.map(([selection]) => selection).join(' ')} } } }`;
  const MEMBER_NAME = ['HouseholdMember.givenName', 'IDENTITY', 'housing'] as const;

  test.each([
    // Members and case files released on a statutory basis (§ 69 SGB X), benefit data its own.
    ['jobcenter-hagen', 'BENEFIT_ADMINISTRATION', ['TENANCY', 'SUPPORT_NOTES']],
    // Members withheld: their names are never reached, nor logged.
    ['welfare-hagen-mitte', 'TENANCY_SUPPORT', ['HOUSING_SITUATION', 'TENANCY', 'INCOME_BENEFITS']],
  ])(
    'holds exactly one entry per decision, with its outcome, basis and reference (%s, %s)',
    async (agency, purpose, consented) => {
      const kind = agency.startsWith('jobcenter') ? 'JOBCENTER' : 'WELFARE_PROVIDER';
      const grant = await recordConsent({
        householdId: inHagen[0]!.id,
        recipientAgencyId: agency,
        categories: consented,
        purposes: [purpose],
        validFrom: new Date(Date.now() - 60_000).toISOString(),
      });
      try {
        const response = await as(agency, purpose, query);
        const now = new Date();
        expect(response.requestId).toEqual(expect.any(String));
        const nodes = (
          response.data as { households: { nodes: { id: string; members: unknown[] | null }[] } }
        ).households.nodes;

        // What the policy decides, worked out independently of the engine (./consent-oracle.ts);
        // the agency's own records are released without a decision to log.
        const requester = { agencyId: agency, agencyKind: kind, purpose };
        const grants = await recordedGrants(hub);
        const owners = await expectedOwners(hub, requester, grants);
        const expected: Omit<LogEntry, 'requestId'>[] = [];
        const decideAbout = (
          index: number,
          path: (string | number)[],
          [field, category, subgraph]: readonly [string, string, SubgraphName],
        ) => {
          const householdId = nodes[index]!.id;
          const decision = expectedDecision(
            requester,
            householdId,
            category,
            subgraph,
            owners[subgraph].get(householdId) ?? [],
            grants,
            now,
          );
          // The answer agrees: a value where released, a denial where not.
          const denied = errorAt(response, ['households', 'nodes', index, ...path]);
          expect({ householdId, field, denied: !!denied }).toEqual({
            householdId,
            field,
            denied: !decision.released,
          });
          if (decision.basis !== 'OWN_TASK') {
            const { released, basis, reference } = decision;
            // The asking agency's officer reads the entry; that agency owns none of what it
            // logs (its own records are not logged), so no owner is shown to its officer.
            expected.push({
              householdId,
              ownerAgencyIds: [],
              field,
              category,
              subgraph,
              released,
              basis,
              reference,
            });
          }
          return decision;
        };
        nodes.forEach((node, index) => {
          for (const [selection, ...guarded] of GUARDED) {
            const decision = decideAbout(index, [selection.split(' ')[0]!], guarded);
            // The members' names: one decision per household, where the members were released.
            if (guarded[0] === 'Household.members' && decision.released && node.members?.length) {
              decideAbout(index, ['members', 0, 'givenName'], MEMBER_NAME);
            }
          }
        });

        const entries = await loggedFor(response.requestId!, agency);
        const key = (entry: { householdId: string; field: string }) =>
          `${entry.householdId} ${entry.field}`;
        const byKey = <T extends { householdId: string; field: string }>(list: T[]) =>
          [...list].sort((a, b) => key(a).localeCompare(key(b)));
        expect(byKey(entries).map(({ requestId: _r, ...entry }) => entry)).toEqual(byKey(expected));
        // The grant, the statutory paragraph and the denials all occur.
        expect(entries.map((entry) => entry.reference)).toContain(grant);
        expect(new Set(entries.map((entry) => entry.basis))).toEqual(
          new Set(['STATUTORY', 'CONSENT', 'NO_CONSENT']),
        );
      } finally {
        await asCaseworker('mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', {
          id: grant,
        });
      }
    },
  );

  test('below a field withheld in an earlier batch, nothing is decided or logged', async () => {
    // The welfare provider may not see the members. The second alias reaches the same household
    // after the first one's batch has withheld its members: the names below are never reached.
    const household = inHagen[0]!;
    const response = await as(
      'welfare-hagen-mitte',
      'TENANCY_SUPPORT',
      `{ first: household(id: "${household.id}") { members { givenName } }
         again: households(first: 20, municipality: HAGEN) { nodes { id members { familyName } } } }`,
    );
    expect(errorAt(response, ['first', 'members'])?.extensions?.code).toBe('CONSENT_REQUIRED');
    expect(errorAt(response, ['again'])).toBeUndefined();
    const entries = await loggedFor(response.requestId!, 'welfare-hagen-mitte');
    const aboutHousehold = entries.filter((entry) => entry.householdId === household.id);
    expect(aboutHousehold.map((entry) => [entry.field, entry.released])).toEqual([
      ['Household.members', false],
    ]);
  });

  test('a skipped field is neither decided nor logged', async () => {
    const household = inHagen[0]!;
    const response = await as(
      'jobcenter-hagen',
      'BENEFIT_ADMINISTRATION',
      `{ household(id: "${household.id}") { members { id givenName @skip(if: true) } } }`,
    );
    expect(response.errors).toBeUndefined();
    const entries = await loggedFor(response.requestId!, 'jobcenter-hagen');
    expect(entries.map((entry) => entry.field)).toEqual(['Household.members']);
  });

  test("the agency's own records are not disclosures and are not logged", async () => {
    const own = households.filter((household) => household.municipality === 'DORTMUND');
    const counter = countDecisionCalls();
    const response = await as(
      'housing-dortmund',
      'CASE_COORDINATION',
      `{ ${own.map((household, i) => `h${i}: household(id: "${household.id}") { reference }`).join(' ')} }`,
    );
    counter.stop();
    expect(response.errors).toBeUndefined();
    expect(await loggedFor(response.requestId!, 'housing-dortmund')).toEqual([]);
    expect(counter.calls).toBe(0); // decided in the subgraph, no registry call
  });

  test("an agency's data-protection officer reads its own requests and its own data's disclosures; nobody else does", async () => {
    const household = inHagen[0]!;
    const ask = () =>
      as(
        'welfare-hagen-mitte',
        'TENANCY_SUPPORT',
        `{ household(id: "${household.id}") { tenancy { status } } }`,
      );
    type Entry = {
      agencyId: string;
      actor: string | null;
      field: string;
      ownerAgencyIds: string[];
      released: boolean;
      basis: string;
    };
    const readBy = async (agencyId: string, requestId: string) => {
      const officer = await as(
        agencyId,
        'DATA_PROTECTION_SUPERVISION',
        `{ accessLog(requestId: "${requestId}", first: 20) { totalCount nodes { agencyId actor field ownerAgencyIds released basis } } }`,
        ['data_protection_officer'],
      );
      expect(officer.errors).toBeUndefined();
      const { nodes, totalCount } = (
        officer.data as { accessLog: { nodes: Entry[]; totalCount: number } }
      ).accessLog;
      expect(totalCount).toBe(nodes.length); // counted as the registry kept it, per owner too
      return nodes;
    };
    const tenancyEntry = (entries: Entry[]) =>
      entries.find((entry) => entry.field === 'Household.tenancy');
    // The landlord that let the household's tenancy owns its data in the landlord register.
    const [letting] = await hub.subgraphs.landlords.orm.em
      .getConnection()
      .execute<{ agency: string }[]>(
        'select landlord_agency_id as agency from tenancy where household_id = ?',
        [household.id],
      );
    const landlord = letting!.agency;

    // Refused (no consent): the asking agency's officer reads the decision and who asked — not
    // whose client it is. The landlord's officer does not: a refusal discloses nothing of its
    // data, and would tell it that the welfare provider works with its tenant.
    const refused = await ask();
    expect(errorAt(refused, ['household', 'tenancy'])?.extensions?.code).toBe('CONSENT_REQUIRED');
    const refusal = tenancyEntry(await readBy('welfare-hagen-mitte', refused.requestId!));
    expect(refusal).toMatchObject({
      agencyId: 'welfare-hagen-mitte',
      ownerAgencyIds: [],
      released: false,
    });
    expect(refusal!.actor).toEqual(expect.any(String));
    expect(await readBy(landlord, refused.requestId!)).toEqual([]);

    // Released (with the household's consent): the landlord's officer reads it as the owner of
    // the data — not which staff member asked.
    const grant = await recordConsent({
      householdId: household.id,
      recipientAgencyId: 'welfare-hagen-mitte',
      categories: ['TENANCY'],
      purposes: ['TENANCY_SUPPORT'],
    });
    try {
      const released = await ask();
      expect(released.errors).toBeUndefined();
      const release = tenancyEntry(await readBy('welfare-hagen-mitte', released.requestId!));
      expect(release).toMatchObject({ ownerAgencyIds: [], released: true, basis: 'CONSENT' });
      expect(tenancyEntry(await readBy(landlord, released.requestId!))).toEqual({
        ...release!,
        ownerAgencyIds: [landlord],
        actor: null,
      });
      // An agency that neither asked nor owns the data reads nothing of either.
      expect(await readBy('housing-hagen', released.requestId!)).toEqual([]);
      expect(await readBy('housing-hagen', refused.requestId!)).toEqual([]);
    } finally {
      await asCaseworker('mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', { id: grant });
    }

    const caseworker = await as(
      'housing-hagen',
      'CASE_COORDINATION',
      `{ accessLog(first: 20) { totalCount } }`,
    );
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(caseworker.data ?? null).toBeNull();
  });

  test('if the log cannot be written, nothing is released', async () => {
    const household = inHagen[0]!;
    const response = await withLogWritesFailing(() =>
      as(
        'welfare-hagen-mitte',
        'TENANCY_SUPPORT',
        `{ household(id: "${household.id}") { reference tenancy { status } } }`,
      ),
    );
    // The registry answers the decisions while it writes them; housing holds its answer until the
    // write is committed, and as it failed, releases nothing at all.
    expect(response.data).toEqual({ household: null });
    expect(response.errors?.map((error) => error.extensions?.code)).toContain(
      'CONSENT_UNAVAILABLE',
    );
    expect(await loggedFor(response.requestId!, 'welfare-hagen-mitte')).toEqual([]);
  });

  test("if the registry's clock is off, its database refuses the log write: nothing is released", async () => {
    const household = inHagen[0]!;
    // Two minutes off: the log record is dated outside the 60 s its database allows (ADR 0021).
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await atInstant(Date.now() - 120_000, () =>
      as(
        'welfare-hagen-mitte',
        'TENANCY_SUPPORT',
        `{ household(id: "${household.id}") { reference tenancy { status } } }`,
      ),
    );
    // The registry reports what its database refused.
    expect(spy).toHaveBeenCalledWith(
      `the access-log write failed (request ${response.requestId}):`,
      expect.stringContaining('SQLSTATE 23514'),
    );
    spy.mockRestore();
    expect(response.data).toEqual({ household: null });
    expect(response.errors?.map((error) => error.extensions?.code)).toContain(
      'CONSENT_UNAVAILABLE',
    );
    expect(await loggedFor(response.requestId!, 'welfare-hagen-mitte')).toEqual([]);
  });
});

describe('a mutation whose log write fails', () => {
  test('reports its committed change and withholds only the fields decided with the failed write', async () => {
    const household = inHagen[2]!;
    // A consent recorded by the housing office: to the welfare provider, the household's consents
    // are another agency's records, released only with a logged decision.
    await recordConsent({
      householdId: household.id,
      recipientAgencyId: 'welfare-hagen-mitte',
      categories: ['SUPPORT_NOTES'],
      purposes: ['TENANCY_SUPPORT'],
    });
    const mutation = `mutation {
      recordConsent(input: {
        householdId: "${household.id}", grantorName: "Rule Test", recipientAgencyId: "training-hagen",
        categories: [TRAINING_RESULTS], purposes: [TRAINING], form: WRITTEN,
        informedOf: [PURPOSE, CONSEQUENCES_OF_REFUSAL, RIGHT_TO_WITHDRAW],
        informationLanguage: "de", documentReference: "RULE-MUTATION-1"
      }) { id household { consents { nodes { id } } } }
    }`;
    const response = await withLogWritesFailing(() =>
      as('welfare-hagen-mitte', 'TENANCY_SUPPORT', mutation),
    );
    // The consent is recorded and the answer says so; the consents it was to show are withheld.
    const recorded = (response.data as { recordConsent: { id: string; household: unknown } })
      .recordConsent;
    expect(recorded.id).toEqual(expect.any(String));
    expect(recorded.household).toEqual({ consents: null });
    expect(errorAt(response, ['recordConsent', 'household', 'consents'])?.extensions?.code).toBe(
      'CONSENT_UNAVAILABLE',
    );
    expect(await loggedFor(response.requestId!, 'welfare-hagen-mitte')).toEqual([]);
    // The recording agency finds it among the household's consents.
    const history = await as(
      'welfare-hagen-mitte',
      'TENANCY_SUPPORT',
      `{ household(id: "${household.id}") { consents(first: 100) { nodes { id } } } }`,
    );
    expect(JSON.stringify(history.data)).toContain(recorded.id);
  });
});

describe('_entities is guarded like every other path', () => {
  test('a subgraph answers an entity representation only under the policy', async () => {
    const household = inHagen[0]!;
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { benefitCase { status } } } }';
    const variables = { r: [{ __typename: 'Household', id: household.id }] };
    const token = await signInternalToken(
      hub.signingKeys.active,
      'jobcenter',
      landlordQuery(),
      operationHash(query, variables),
    );
    const response = await postGraphQL(`${hub.subgraphs.jobcenter.url}/graphql`, query, variables, {
      authorization: `Bearer ${token}`,
    });
    expect(response.data).toEqual({ _entities: [{ benefitCase: null }] });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'CONSENT_REQUIRED',
      category: 'INCOME_BENEFITS',
      householdId: household.id,
    });
  });
  test('a malformed representation is refused on its own and spoils no decision of the others', async () => {
    // Only a caller holding gateway keys could send one: the gateway forwards ids it read.
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id benefitCase { status } } } }';
    const valid = inHagen.map((household) => ({ __typename: 'Household', id: household.id }));
    const malformed = { __typename: 'Household', id: inHagen[0]!.id.toUpperCase() };
    const variables = { r: [...valid, malformed] };
    const token = await signInternalToken(
      hub.signingKeys.active,
      'jobcenter',
      {
        actor: 'someone@housing-hagen',
        agencyId: 'housing-hagen',
        agencyKind: 'HOUSING_OFFICE',
        roles: ['caseworker'],
        // Benefit data reach the housing office on a statutory basis for this purpose.
        purpose: 'EVICTION_PREVENTION',
        requestId: randomUUID(),
        operationType: 'query',
      },
      operationHash(query, variables),
    );
    const response = await postGraphQL<{
      _entities: ({ id: string; benefitCase: { status: string } | null } | null)[];
    }>(`${hub.subgraphs.jobcenter.url}/graphql`, query, variables, {
      authorization: `Bearer ${token}`,
    });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['_entities', valid.length],
        extensions: { code: 'BAD_USER_INPUT', argument: 'representations' },
      }),
    ]);
    const entities = response.data!._entities;
    expect(entities.slice(0, valid.length).map((entity) => entity?.id)).toEqual(
      inHagen.map((household) => household.id),
    );
    expect(entities.some((entity) => entity?.benefitCase)).toBe(true);
    expect(entities[valid.length]).toBeNull();
  });
});

describe('decisions are batched', () => {
  test('the registry is asked as often for 1 household as for 4', async () => {
    const fields =
      'reference members { givenName } benefitCase { status } supportCases { healthNotes } tenancy { status } trainingEnrollments { status }';
    const counts: number[] = [];
    // Dortmund's households: foreign to a Hagen provider in every subgraph (own records need no
    // registry call).
    for (const first of [1, 4]) {
      const counter = countDecisionCalls();
      const response = await as(
        'welfare-hagen-mitte',
        'TENANCY_SUPPORT',
        `{ households(first: ${first}, municipality: DORTMUND) { nodes { id ${fields} } } }`,
      );
      counter.stop();
      expect(response.data).toBeTruthy();
      counts.push(counter.calls);
    }
    // One call per subgraph and nesting level, whatever the number of households.
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});

describe("the registry's decision endpoint", () => {
  // What a subgraph sends when the gateway called it for this operation as a landlord.
  const query =
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { benefitCase { status } } } }';
  const household = inHagen[0]!;
  const variables = { r: [{ __typename: 'Household', id: household.id }] };
  const operation = { query, operationName: null, variables };
  const { requestId: _requestId, operationType: _operationType, ...landlord } = landlordQuery();
  const batch = {
    subgraph: 'jobcenter',
    operation,
    households: [household.id],
    owners: [['jobcenter-hagen']],
    fields: [
      ['Household.benefitCase', 'INCOME_BENEFITS'],
      ['BenefitCase.status', 'INCOME_BENEFITS'],
    ],
    // The case itself, and a field inside it decided ahead.
    requests: [
      [0, 0],
      [0, 1, 0],
    ],
  };

  async function tokenFor(
    audience: string,
    requestId: string,
    hash = operationHash(query, variables),
    operationType: 'query' | 'mutation' = 'query',
  ) {
    return signInternalToken(
      hub.signingKeys.active,
      audience,
      { ...landlord, requestId, operationType },
      hash,
    );
  }

  async function ask(body: unknown, token?: string) {
    const response = await fetch(`${hub.subgraphs.consent.url}${DECISIONS_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    // A refusal is one JSON object; an answer two lines: the decisions, then the log write's outcome.
    const [answer, outcome] = (await response.text()).trim().split('\n');
    return {
      status: response.status,
      body: JSON.parse(answer!) as Record<string, unknown>,
      logged: outcome === undefined ? undefined : (JSON.parse(outcome) as { logged: boolean }),
    };
  }

  test('answers each request in order and logs the disclosures before answering', async () => {
    const requestId = randomUUID();
    const answer = await ask(batch, await tokenFor('jobcenter', requestId));
    expect(answer.status).toBe(200);
    // Withheld without consent; the status inside it is never reached, so it is no disclosure.
    expect(answer.body).toEqual({
      outcomes: [
        [false, 'NO_CONSENT', null],
        [false, 'NOT_REACHED', null],
      ],
      references: [],
    });
    expect(answer.logged).toEqual({ logged: true });
    // A refusal discloses nothing of the owner's data: the owner's officer does not read it.
    expect(await loggedFor(requestId, 'jobcenter-hagen')).toEqual([]);
    expect(await loggedFor(requestId, landlord.agencyId)).toEqual([
      expect.objectContaining({
        householdId: household.id,
        ownerAgencyIds: [],
        field: 'Household.benefitCase',
        category: 'INCOME_BENEFITS',
        subgraph: 'jobcenter',
        released: false,
        basis: 'NO_CONSENT',
      }),
    ]);
  });

  test('answers the decisions, then reports a failed log write, so that nothing is released', async () => {
    const requestId = randomUUID();
    const token = await tokenFor('jobcenter', requestId);
    const answer = await withLogWritesFailing(() => ask(batch, token));
    expect(answer.status).toBe(200);
    expect(answer.body.outcomes).toHaveLength(2);
    expect(answer.logged).toEqual({ logged: false });
    expect(await loggedFor(requestId, landlord.agencyId)).toEqual([]);
  });

  test.each([
    ['no gateway token', () => Promise.resolve(undefined), batch],
    ['a token for another subgraph', (id: string) => tokenFor('welfare', id), batch],
    [
      'a token for another operation',
      (id: string) => tokenFor('jobcenter', id, operationHash('{ __typename }', {})),
      batch,
    ],
  ])('refuses a call with %s: 401, nothing logged', async (_case, token, body) => {
    const requestId = randomUUID();
    const answer = await ask(body, await token(requestId));
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(await loggedFor(requestId, landlord.agencyId)).toEqual([]);
  });

  test.each([
    ['a household index out of range', { requests: [[1, 0]] }],
    ['an unknown category', { fields: [['Household.benefitCase', 'SHOE_SIZE']] }],
    ['a household id that is no UUID', { households: ['42'] }],
    ['owners missing for a household', { owners: [] }],
    ['no requests', { requests: [] }],
    ['a household listed twice', { households: [household.id, household.id], owners: [[], []] }],
    [
      'a household listed twice, in two spellings',
      { households: [household.id, household.id.toUpperCase()], owners: [[], []] },
    ],
    [
      'more households than decisions a call may carry',
      {
        households: Array.from({ length: 20_001 }, () => randomUUID()),
        owners: Array.from({ length: 20_001 }, () => []),
      },
    ],
    ['a decision nested in itself', { requests: [[0, 0, 0]] }],
    [
      'a decision nested in a nested one',
      {
        fields: [...batch.fields, ['BenefitCase.since', 'INCOME_BENEFITS']],
        requests: [
          [0, 0],
          [0, 1, 0],
          [0, 2, 1],
        ],
      },
    ],
    [
      'decisions nested in each other',
      {
        requests: [
          [0, 0, 1],
          [0, 1, 0],
        ],
      },
    ],
  ])('refuses a batch with %s: 400, nothing logged', async (_case, change) => {
    const requestId = randomUUID();
    const answer = await ask({ ...batch, ...change }, await tokenFor('jobcenter', requestId));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    expect(await loggedFor(requestId, landlord.agencyId)).toEqual([]);
  });

  test('reads the grants of a household listed without a request for the query, decides and logs nothing about it', async () => {
    // Housing's call lists the households it decides itself too; the other subgraphs' calls of
    // the query then find their grants read.
    const other = inHagen[1]!;
    const grant = await recordConsent({
      householdId: other.id,
      recipientAgencyId: landlord.agencyId,
      categories: ['INCOME_BENEFITS'],
      purposes: ['HOUSING_PLACEMENT'],
    });
    const requestId = randomUUID();
    const listing = await ask(
      { ...batch, households: [household.id, other.id], owners: [['jobcenter-hagen'], []] },
      await tokenFor('jobcenter', requestId),
    );
    expect(listing.status).toBe(200);
    expect(listing.body.outcomes).toHaveLength(2);
    expect(
      (await loggedFor(requestId, landlord.agencyId)).map((entry) => entry.householdId),
    ).toEqual([household.id]);

    await asCaseworker('mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', { id: grant });
    const aboutOther = { ...batch, households: [other.id], owners: [['jobcenter-hagen']] };
    const outcome = async (id: string) => {
      const answer = await ask(aboutOther, await tokenFor('jobcenter', id));
      expect(answer.status).toBe(200);
      return (answer.body.outcomes as unknown[][])[0]!.slice(0, 2);
    };
    // Decided on the grants the query's first call read, before the withdrawal.
    expect(await outcome(requestId)).toEqual([true, 'CONSENT']);
    expect(await outcome(randomUUID())).toEqual([false, 'NO_CONSENT']);
  });

  test("a query's calls decide on the grants its first call read; a mutation's calls and the next request see a withdrawal", async () => {
    const grant = await recordConsent({
      householdId: household.id,
      recipientAgencyId: landlord.agencyId,
      categories: ['INCOME_BENEFITS'],
      purposes: ['HOUSING_PLACEMENT'],
    });
    const outcome = async (requestId: string, operationType: 'query' | 'mutation') => {
      const token = await tokenFor('jobcenter', requestId, undefined, operationType);
      const answer = await ask(batch, token);
      expect(answer.status).toBe(200);
      return (answer.body.outcomes as unknown[][])[0]!.slice(0, 2);
    };
    const [query, mutation] = [randomUUID(), randomUUID()];
    expect(await outcome(query, 'query')).toEqual([true, 'CONSENT']);
    expect(await outcome(mutation, 'mutation')).toEqual([true, 'CONSENT']);

    await asCaseworker('mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', { id: grant });

    // The query's later call (another subgraph's, say) sees the grants as its request found them.
    expect(await outcome(query, 'query')).toEqual([true, 'CONSENT']);
    // A mutation may change consents as it runs: each of its calls reads them afresh.
    expect(await outcome(mutation, 'mutation')).toEqual([false, 'NO_CONSENT']);
    // And the next request sees the withdrawal.
    expect(await outcome(randomUUID(), 'query')).toEqual([false, 'NO_CONSENT']);
  });
});

describe("the registry's read of grants", () => {
  // The decision checks recipient, purpose and household again, so no answer through the gateway
  // shows whether the read narrows them: each layer is tested on its own, or one may go unseen.
  test('reads only the grants that could cover the caller: the households asked about, naming it or its kind, for its purpose', async () => {
    const [household, elsewhere] = [inHagen[3]!, inHagen[2]!];
    const validFrom = new Date(Date.now() - 60_000).toISOString();
    const consentTo = (input: Record<string, unknown>) =>
      recordConsent({
        householdId: household.id,
        categories: ['INCOME_BENEFITS'],
        validFrom,
        ...input,
      });
    const covering = [
      await consentTo({
        recipientAgencyId: 'landlord-hagen-gmbh',
        purposes: ['HOUSING_PLACEMENT'],
      }),
      await consentTo({ recipientAgencyKind: 'LANDLORD', purposes: ['HOUSING_PLACEMENT'] }),
    ];
    const notCovering = [
      await consentTo({ recipientAgencyId: 'landlord-hagen-gmbh', purposes: ['TENANCY_SUPPORT'] }),
      await consentTo({ recipientAgencyKind: 'WELFARE_PROVIDER', purposes: ['HOUSING_PLACEMENT'] }),
      await consentTo({
        recipientAgencyId: 'welfare-hagen-mitte',
        purposes: ['HOUSING_PLACEMENT'],
      }),
      await recordConsent({
        householdId: elsewhere.id,
        recipientAgencyId: 'landlord-hagen-gmbh',
        categories: ['INCOME_BENEFITS'],
        purposes: ['HOUSING_PLACEMENT'],
        validFrom,
      }),
    ];
    const read = await requestGrantsOf(hub.subgraphs.consent.orm).of(landlordQuery(), [
      household.id,
    ]);
    const readIds = [...read.byHousehold.values()].flat().map((grant) => grant.id);
    // What could cover it, worked out from the grants as recorded (./consent-oracle.ts).
    const expected = (await recordedGrants(hub))
      .filter(
        (grant) =>
          grant.householdId === household.id &&
          (grant.recipientAgencyId === 'landlord-hagen-gmbh' ||
            grant.recipientAgencyKind === 'LANDLORD') &&
          grant.purposes.includes('HOUSING_PLACEMENT'),
      )
      .map((grant) => grant.id);
    expect(expected).toEqual(expect.arrayContaining(covering));
    expect(readIds.sort()).toEqual(expected.sort());
    expect([...read.byHousehold.keys()]).toEqual([household.id]);
    expect(readIds.filter((id) => notCovering.includes(id))).toEqual([]);
  });
});
