/**
 * A service's statement that runs past its limit (STATEMENT_TIMEOUT_MS, shortened here) is
 * cancelled by the database, and a request that finds no connection of the pool free in time
 * (CONNECTION_WAIT_MS, shortened too) is not served: the client is told SERVICE_UNAVAILABLE for
 * that service's fields before the gateway gives up on it, the rest of the answer stands, and a
 * write it was part of is rolled back. The statements are held up the way production would see
 * it: another session holds a lock on the table they read, or every connection is in use. A
 * connection the database ends under a statement (as at a shutdown) is SERVICE_UNAVAILABLE too.
 * What the services log of it names the SQLSTATE, never the values the statements held.
 */
import {
  HouseholdCaseContextDocument,
  RecordConsentDocument,
  createWohnnetzClient,
  errorCode,
  type Client,
  type CombinedError,
  type HouseholdCaseContextQuery,
  type OperationResult,
} from '@wohnnetz/client';
import { REGISTRY_TIMEOUT_MS } from '@wohnnetz/consent-enforcement';
import { SUBGRAPH_TIMEOUT_MS } from '@wohnnetz/gateway';
import {
  CONNECTION_WAIT_MS,
  STATEMENT_TIMEOUT_MS,
  type StartedSubgraph,
} from '@wohnnetz/service-kit';
import { startCaseContextHub, welfareConsentInput, type TestHub } from '@wohnnetz/testing';
import { Client as PgClient } from 'pg';

/** Long enough for any statement of this test on a busy machine, short enough to wait for. */
const TEST_STATEMENT_TIMEOUT_MS = 1_500;
/** Likewise for the wait for a connection (this test's requests come one at a time). */
const TEST_CONNECTION_WAIT_MS = 1_000;

let hub: TestHub;
let client: Client;
let householdId: string;

beforeAll(async () => {
  ({ hub, client, householdId } = await startCaseContextHub({
    statementTimeoutMs: TEST_STATEMENT_TIMEOUT_MS,
    connectionWaitMs: TEST_CONNECTION_WAIT_MS,
  }));
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

/**
 * Runs `run` while another session holds a lock on a table of the service's database (by default
 * an exclusive one: every statement that reads it waits; in EXCLUSIVE mode only those that write
 * it), with the services' logs silenced. `run` is handed that session, and what the services
 * logged so far (warnings and errors, one line each call); the lock goes with its transaction.
 */
async function whileLocked<T>(
  service: StartedSubgraph,
  table: string,
  run: (locker: PgClient, logged: () => string) => Promise<T>,
  mode: 'access exclusive' | 'exclusive' = 'access exclusive',
): Promise<T> {
  const locker = new PgClient({ connectionString: service.orm.config.get('clientUrl') });
  await locker.connect();
  const silenced = (['warn', 'error'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation(() => undefined),
  );
  const logged = () =>
    silenced.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' '))).join('\n');
  try {
    await locker.query('begin');
    await locker.query(`lock table ${table} in ${mode} mode`);
    return await run(locker, logged);
  } finally {
    silenced.forEach((spy) => spy.mockRestore());
    await locker.query('rollback');
    await locker.end();
  }
}

/**
 * Runs `run` while `table` is locked, cancels (as an operator would, pg_cancel_backend) the first
 * statement of the service that waits for it and matches `statement`, and then lifts the lock,
 * so the service's other statements go on. Should the statement limit cancel it first, the
 * outcome is the same: that statement failed. With pg_terminate_backend, its connection is ended
 * instead, as when the server shuts down.
 */
function cancellingOne<T>(
  service: StartedSubgraph,
  table: string,
  statement: string,
  run: () => Promise<T>,
  how: 'pg_cancel_backend' | 'pg_terminate_backend' = 'pg_cancel_backend',
): Promise<T> {
  return whileLocked(service, table, async (locker) => {
    let settled = false;
    const running = run().finally(() => (settled = true));
    while (!settled) {
      // Within a transaction, pg_stat_activity is read once: read it afresh.
      await locker.query('select pg_stat_clear_snapshot()');
      const { rowCount } = await locker.query(
        `select ${how}(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and wait_event_type = 'Lock' and query like $1
          limit 1`,
        [`%${statement}%`],
      );
      if (rowCount === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await locker.query('rollback');
    return running;
  });
}

const CANCELLED =
  'the service could not answer: a database statement was cancelled (it ran past its time limit, or an operator stopped it); ask again later (after a change, look whether it was made before repeating it)';

test("a stuck statement ends before the gateway's wait, also after a registry that does not answer or a wait for a connection", () => {
  expect(STATEMENT_TIMEOUT_MS + REGISTRY_TIMEOUT_MS).toBeLessThan(SUBGRAPH_TIMEOUT_MS);
  // … and so do the wait for a connection and one statement.
  expect(CONNECTION_WAIT_MS + STATEMENT_TIMEOUT_MS).toBeLessThan(SUBGRAPH_TIMEOUT_MS);
});

/**
 * The Jobcenter's fields of the case context withheld as SERVICE_UNAVAILABLE with `message`, the
 * rest of it answered; returns those errors.
 */
function expectJobcenterWithheld(
  result: OperationResult<HouseholdCaseContextQuery>,
  message: string,
): CombinedError['graphQLErrors'] {
  const household = result.data!.household!;
  expect(household.members?.length).toBeGreaterThan(0);
  expect(household.tenancy).not.toBeNull();
  expect(household.benefitCase).toBeNull();
  const errors = result.error!.graphQLErrors;
  expect(errors.map((error) => error.path?.join('.')).sort()).toEqual([
    'household.benefitCase',
    'household.tenancyWarnings',
  ]);
  for (const error of errors) {
    expect(errorCode(error)).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe(message);
    expect(error.extensions).toMatchObject({ serviceName: 'jobcenter' });
  }
  return errors;
}

test("a statement held up past its limit: that service's fields are SERVICE_UNAVAILABLE, the rest is answered", async () => {
  let logged = '';
  const result = await whileLocked(hub.subgraphs.jobcenter, 'benefit_case', async (_, log) => {
    const answer = await client
      .query(HouseholdCaseContextDocument, { id: householdId })
      .toPromise();
    logged = log();
    return answer;
  });
  expect(result.data!.household!.supportCases?.length).toBeGreaterThan(0);
  for (const error of expectJobcenterWithheld(result, CANCELLED)) {
    // What an operator looks for in the service's log.
    expect(error.extensions.requestId).toEqual(expect.any(String));
    expect(logged).toContain(
      `service unavailable (request ${String(error.extensions.requestId)}):`,
    );
  }
  // The statement read the household's records: its id stood in it, not in the log.
  expect(logged).toContain('SQLSTATE 57014');
  expect(logged).not.toContain(householdId);
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
        `query ($id: ID!) { household(id: $id) { consents { nodes { id } } } }`,
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

test("a write held up past its limit is logged without its values: no grantor's name, household or user", async () => {
  const grantorName = 'Erika Protokollfrei';
  const input = { ...welfareConsentInput(householdId, 'TIMEOUT-LOG'), grantorName };
  // The user's subject is recorded with the grant (recordedBy) and its event (actor).
  const actor = 'sachbearbeiterin-protokollfrei';
  const asActor = createWohnnetzClient({
    url: hub.gatewayUrl,
    token: await hub.token({ agencyId: 'housing-dortmund', subject: actor }),
    purpose: 'CASE_COORDINATION',
  });
  let logged = '';
  // Reading the grants goes on; the grant's insert, which holds the values, waits and is cancelled.
  const held = await whileLocked(
    hub.subgraphs.consent,
    'consent_grant',
    async (_, log) => {
      const answer = await asActor.mutation(RecordConsentDocument, { input }).toPromise();
      logged = log();
      return answer;
    },
    'exclusive',
  );
  expect(held.error!.graphQLErrors.map(errorCode)).toEqual(['SERVICE_UNAVAILABLE']);
  const requestId = held.error!.graphQLErrors[0]!.extensions.requestId as string;
  expect(logged).toContain(`service unavailable (request ${requestId}):`);
  expect(logged).toContain('SQLSTATE 57014');
  for (const value of [grantorName, householdId, 'TIMEOUT-LOG', actor]) {
    expect(logged).not.toContain(value);
  }
});

test('a write held up past its limit is rolled back: the same consent can be recorded afterwards', async () => {
  const input = welfareConsentInput(householdId, 'TIMEOUT-1');
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

/**
 * Runs `run` while every connection of the service's pool is held by a transaction of its own
 * that waits, as under a load peak.
 */
async function whileEveryConnectionIsBusy<T>(
  service: StartedSubgraph,
  run: () => Promise<T>,
): Promise<T> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const size = service.orm.config.get('pool')!.max!;
  let held = 0;
  let allHeld!: () => void;
  const everyOneHeld = new Promise<void>((resolve) => (allHeld = resolve));
  const holders = Array.from({ length: size }, () =>
    service.orm.em.fork().transactional(async (tx) => {
      await tx.execute('select 1');
      if (++held === size) allHeld();
      await released;
    }),
  );
  // A holder that ends before all are held (it found no connection itself) fails the test at once.
  const holderEnded = Promise.all(holders).then(() => {
    throw new Error('a holder ended before every connection was held');
  });
  const silenced = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    await Promise.race([everyOneHeld, holderEnded]);
    return await run();
  } finally {
    silenced.mockRestore();
    release();
    await Promise.allSettled([...holders, holderEnded]);
  }
}

test("no connection free in time: that service's fields are SERVICE_UNAVAILABLE, the rest is answered", async () => {
  const result = await whileEveryConnectionIsBusy(hub.subgraphs.jobcenter, () =>
    client.query(HouseholdCaseContextDocument, { id: householdId }).toPromise(),
  );
  expectJobcenterWithheld(
    result,
    'the service could not answer: it is busy: no database connection became free in time; ask again later (after a change, look whether it was made before repeating it)',
  );
});

const LOST =
  'the service could not answer: its database cannot be reached (the connection was refused or lost); ask again later (after a change, look whether it was made before repeating it)';

test("the database ends the service's connection (as at a shutdown): its fields are SERVICE_UNAVAILABLE, not an internal error", async () => {
  const service = hub.subgraphs.jobcenter;
  // knex reports each connection it finds ended on its own (console.log).
  const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const result = await cancellingOne(
      service,
      'benefit_case',
      'from "benefit_case"',
      () => client.query(HouseholdCaseContextDocument, { id: householdId }).toPromise(),
      'pg_terminate_backend',
    );
    expect(result.data!.household!.supportCases?.length).toBeGreaterThan(0);
    for (const error of expectJobcenterWithheld(result, LOST)) {
      expect(error.extensions.requestId).toEqual(expect.any(String));
    }
    // A pooled connection whose end the pool has not noticed yet fails once more: let it.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const ok = await service.orm.em
        .getConnection()
        .execute('select 1')
        .then(
          () => true,
          () => false,
        );
      if (ok) break;
    }
    // The service connects again: the same query is answered in full.
    const again = await client.query(HouseholdCaseContextDocument, { id: householdId }).toPromise();
    expect(again.error).toBeUndefined();
    expect(again.data!.household!.benefitCase).not.toBeNull();
  } finally {
    quiet.mockRestore();
  }
});
