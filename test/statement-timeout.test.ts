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
import { REGISTRY_TIMEOUT_MS } from '@wohnnetz/consent-enforcement';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { demoHouseholds } from '@wohnnetz/demo-data';
import { SUBGRAPH_TIMEOUT_MS } from '@wohnnetz/gateway';
import { STATEMENT_TIMEOUT_MS, type StartedSubgraph } from '@wohnnetz/service-kit';
import { hasDataEverywhere, startTestHub, type TestHub } from '@wohnnetz/testing';
import { Client } from 'pg';

/** Long enough for any statement of this test on a busy machine, short enough to wait for. */
const TEST_STATEMENT_TIMEOUT_MS = 1_500;

let hub: TestHub;
let client: ReturnType<typeof createWohnnetzClient>;
let householdId: string;

beforeAll(async () => {
  hub = await startTestHub({ households: 36, statementTimeoutMs: TEST_STATEMENT_TIMEOUT_MS });
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

/**
 * Runs `run` while another session holds an exclusive lock on a table of the service's database,
 * and cancels (as an operator would, pg_cancel_backend) the first statement of the service that
 * waits for it and matches `statement` — only that one: the others go on once the lock is gone.
 */
async function cancellingOne<T>(
  service: StartedSubgraph,
  table: string,
  statement: string,
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
    const running = run();
    for (let attempt = 0; ; attempt += 1) {
      // Within a transaction, pg_stat_activity is read once: read it afresh.
      await locker.query('select pg_stat_clear_snapshot()');
      const { rowCount } = await locker.query(
        `select pg_cancel_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and wait_event_type = 'Lock' and query like $1
          limit 1`,
        [`%${statement}%`],
      );
      if (rowCount === 1) break;
      if (attempt === 200) throw new Error(`no statement like ${statement} waited for ${table}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await locker.query('rollback');
    return await running;
  } finally {
    silenced.forEach((spy) => spy.mockRestore());
    await locker.query('rollback');
    await locker.end();
  }
}

const CANCELLED =
  'the service could not answer in time: a database statement ran past its limit and was cancelled; ask again later (after a change, look whether it was made before repeating it)';

test("one stuck statement and a registry that does not answer end before the gateway's wait", () => {
  expect(STATEMENT_TIMEOUT_MS + REGISTRY_TIMEOUT_MS).toBeLessThan(SUBGRAPH_TIMEOUT_MS);
});

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
  expect(errors.map((error) => error.path?.join('.')).sort()).toEqual([
    'household.benefitCase',
    'household.tenancyWarnings',
  ]);
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
  const errors = result.error!.graphQLErrors;
  expect(new Set(errors.map(errorCode))).toContain('CONSENT_UNAVAILABLE');
  // The registry's own field: its statement cancelled, answered in time (not the gateway's
  // SERVICE_UNAVAILABLE without a path, which it would be after the gateway's 15 s).
  const consents = errors.filter((error) => error.path?.join('.') === 'household.consents');
  expect(consents.map(errorCode)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(consents[0]!.message).toBe(CANCELLED);
  expect(errors.every((error) => error.path !== undefined)).toBe(true);
  expect(errors.map(errorCode)).not.toContain('INTERNAL_SERVER_ERROR');
});

test("who recorded the records could not be read: no decision is made or logged, the field is withheld with the read's error", async () => {
  const response = await cancellingOne(
    hub.subgraphs.consent,
    'consent_grant',
    'from "consent_grant"',
    () =>
      hub.queryAs(
        'housing-dortmund',
        'CASE_COORDINATION',
        `query ($id: ID!) { household(id: $id) { consents { id } } }`,
        {
          id: householdId,
        },
      ),
  );
  expect(response.data).toEqual({ household: { consents: null } });
  expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
    [['household', 'consents'], 'SERVICE_UNAVAILABLE'],
  ]);
  // Taken as nobody's records, they would have been decided (and logged) as another agency's.
  const logged = await hub.subgraphs.consent.orm.em
    .getConnection()
    .execute<{ count: string }[]>('select count(*) from access_log_record where request_id = ?', [
      response.requestId,
    ]);
  expect(Number(logged[0]!.count)).toBe(0);
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
