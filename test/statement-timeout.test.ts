/**
 * A service's statement that runs past its limit (STATEMENT_TIMEOUT_MS, shortened here) is
 * cancelled by the database: the client is told SERVICE_UNAVAILABLE for that service's fields
 * before the gateway gives up on it, the rest of the answer stands, and a write it was part of is
 * rolled back. The statements are held up the way production would see it: another session holds
 * a lock on the table they read.
 */
import {
  HouseholdCaseContextDocument,
  RecordConsentDocument,
  createWohnnetzClient,
  errorCode,
  type RecordConsentInput,
} from '@wohnnetz/client';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { demoHouseholds } from '@wohnnetz/demo-data';
import type { StartedSubgraph } from '@wohnnetz/service-kit';
import { hasDataEverywhere, startTestHub, type TestHub } from '@wohnnetz/testing';
import { Client } from 'pg';

/** Long enough for any statement of this test on a busy machine, short enough to wait for. */
const STATEMENT_TIMEOUT_MS = 1_500;

let hub: TestHub;
let client: ReturnType<typeof createWohnnetzClient>;
let householdId: string;

beforeAll(async () => {
  hub = await startTestHub({ households: 36, statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  await hub.giveConsent({
    agencyId: 'housing-dortmund',
    categories: [...consentPolicy().consentableCategories],
    purposes: ['CASE_COORDINATION'],
    households: 36,
  });
  client = createWohnnetzClient({
    url: hub.gatewayUrl,
    token: await hub.token({ agencyId: 'housing-dortmund' }),
    purpose: 'CASE_COORDINATION',
  });
  for (const { id } of demoHouseholds(36)) {
    const result = await client.query(HouseholdCaseContextDocument, { id }).toPromise();
    const household = result.data?.household;
    if (household?.municipality === 'DORTMUND' && hasDataEverywhere(household)) {
      householdId = id;
      break;
    }
  }
  expect(householdId).toBeDefined();
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

/**
 * Runs `run` while another session holds an exclusive lock on a table of the service's database
 * (every statement that reads it waits), with the services' logs silenced.
 */
async function whileLocked<T>(
  service: StartedSubgraph,
  table: string,
  run: () => Promise<T>,
): Promise<T> {
  const locker = new Client({ connectionString: service.orm.config.get('clientUrl') });
  await locker.connect();
  const silenced = (['warn', 'error'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation(() => undefined),
  );
  try {
    await locker.query('begin');
    await locker.query(`lock table ${table} in access exclusive mode`);
    return await run();
  } finally {
    silenced.forEach((spy) => spy.mockRestore());
    await locker.query('rollback');
    await locker.end();
  }
}

const CANCELLED =
  'the service could not answer in time: a database statement ran past its limit and was cancelled; try again later';

test("a statement held up past its limit: that service's fields are SERVICE_UNAVAILABLE, the rest is answered", async () => {
  const result = await whileLocked(hub.subgraphs.jobcenter, 'benefit_case', () =>
    client.query(HouseholdCaseContextDocument, { id: householdId }).toPromise(),
  );
  const household = result.data!.household!;
  expect(household.members?.length).toBeGreaterThan(0);
  expect(household.supportCases?.length).toBeGreaterThan(0);
  expect(household.tenancy).not.toBeNull();
  expect(household.benefitCase).toBeNull();
  const errors = result.error!.graphQLErrors;
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(errorCode(error)).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe(CANCELLED);
    expect(error.extensions).toMatchObject({ serviceName: 'jobcenter' });
    // What an operator looks for in the service's log.
    expect(error.extensions.requestId).toEqual(expect.any(String));
  }
  // The lock gone, the same query is answered in full.
  const again = await client.query(HouseholdCaseContextDocument, { id: householdId }).toPromise();
  expect(again.error).toBeUndefined();
  expect(again.data!.household!.benefitCase).not.toBeNull();
});

test('the registry held up while deciding: the values that needed its decisions are withheld, not released', async () => {
  const result = await whileLocked(hub.subgraphs.consent, 'consent_grant', () =>
    client.query(HouseholdCaseContextDocument, { id: householdId }).toPromise(),
  );
  const household = result.data!.household!;
  // The housing office's own records need no decision.
  expect(household.members?.length).toBeGreaterThan(0);
  // The Jobcenter's data needs the registry's decision, which could not be made.
  expect(household.benefitCase).toBeNull();
  expect(household.consents).toBeNull();
  const codes = new Set(result.error!.graphQLErrors.map(errorCode));
  expect(codes).toContain('CONSENT_UNAVAILABLE');
  expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
});

test('a write held up past its limit is rolled back: the same consent can be recorded afterwards', async () => {
  const input: RecordConsentInput = {
    householdId,
    grantorName: 'Test Grantor',
    recipientAgencyId: 'welfare-dortmund-nord',
    categories: ['SUPPORT_NOTES'],
    purposes: ['TENANCY_SUPPORT'],
    form: 'WRITTEN',
    informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
    informationLanguage: 'de',
    documentReference: 'TIMEOUT-1',
  };
  const grantsOfHousehold = async () => {
    const rows = await hub.subgraphs.consent.orm.em
      .getConnection()
      .execute<{ count: string }[]>(
        'select count(*) from consent_grant where household_id = ? and document_reference = ?',
        [householdId, 'TIMEOUT-1'],
      );
    return Number(rows[0]!.count);
  };
  const held = await whileLocked(hub.subgraphs.consent, 'consent_event', () =>
    client.mutation(RecordConsentDocument, { input }).toPromise(),
  );
  expect(held.data?.recordConsent ?? null).toBeNull();
  expect(held.error!.graphQLErrors.map(errorCode)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(held.error!.graphQLErrors[0]!.message).toBe(CANCELLED);
  // Neither the grant nor its event was kept: recording it again is no CONFLICT.
  expect(await grantsOfHousehold()).toBe(0);
  const recorded = await client.mutation(RecordConsentDocument, { input }).toPromise();
  expect(recorded.error).toBeUndefined();
  expect(recorded.data!.recordConsent!.id).toEqual(expect.any(String));
  expect(await grantsOfHousehold()).toBe(1);
});
