/**
 * A service that does not answer withholds its own fields, and only those: the rest of the case
 * context is answered, and the client is told which service's nulls are withheld, not empty.
 */
import {
  HouseholdCaseContextDocument,
  RecordConsentDocument,
  errorCode,
  type Client,
} from '@wohnnetz/client';
import { startCaseContextHub, welfareConsentInput, type TestHub } from '@wohnnetz/testing';

let hub: TestHub;
let client: Client;
let householdId: string;

beforeAll(async () => {
  // Each outage below takes something away from a household with data everywhere.
  ({ hub, client, householdId } = await startCaseContextHub());
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

/** Runs `run` with console.error silenced: the gateway logs every call that failed. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return await run();
  } finally {
    spy.mockRestore();
  }
}

const consentInput = (documentReference: string) =>
  welfareConsentInput(householdId, documentReference);

const caseContext = () =>
  quietly(() => client.query(HouseholdCaseContextDocument, { id: householdId }).toPromise());

test('one subgraph down: its fields are null beside SERVICE_UNAVAILABLE, the rest is answered', async () => {
  await hub.subgraphs.jobcenter.close();
  const result = await caseContext();
  const household = result.data!.household!;
  expect(household.id).toBe(householdId);
  expect(household.members?.length).toBeGreaterThan(0);
  expect(household.supportCases?.length).toBeGreaterThan(0);
  expect(household.tenancy).not.toBeNull();
  expect(household.benefitCase).toBeNull();
  expect(household.tenancyWarnings).toBeNull();
  const errors = result.error!.graphQLErrors;
  expect(errors.map(errorCode)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(errors[0]!.extensions).toMatchObject({ serviceName: 'jobcenter' });
  expect(errors[0]!.message).toBe(
    'the jobcenter service did not answer: its fields are null in this answer (withheld, not empty); ask again later',
  );
  expect(errors[0]!.extensions.requestId).toEqual(expect.any(String));
});

test('a mutation that was made, and a read after it that failed: that read may be asked again', async () => {
  const response = await quietly(() =>
    hub.queryAs(
      'housing-dortmund',
      'CASE_COORDINATION',
      `mutation ($input: RecordConsentInput!) {
        recordConsent(input: $input) { id household { benefitCase { status } } }
      }`,
      { input: consentInput('OUTAGE-READ-AFTER') },
    ),
  );
  const recorded = response.data as { recordConsent: { id: string; household: unknown } };
  expect(recorded.recordConsent.id).toEqual(expect.any(String));
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(response.errors![0]!.message).toBe(
    'the jobcenter service did not answer: its fields are null in this answer (withheld, not empty); ask again later',
  );
});

test('the consent registry down too: its records and what needed its decisions are withheld', async () => {
  await hub.subgraphs.consent.close();
  const result = await caseContext();
  const household = result.data!.household!;
  // The housing office's own records need no decision.
  expect(household.members?.length).toBeGreaterThan(0);
  expect(household.consents).toBeNull();
  expect(household.supportCases).toBeNull();
  const errors = result.error!.graphQLErrors;
  const unavailable = errors.filter((error) => errorCode(error) === 'SERVICE_UNAVAILABLE');
  expect(unavailable.map((error) => error.extensions.serviceName).sort()).toEqual([
    'consent',
    'jobcenter',
  ]);
  expect(errors.some((error) => errorCode(error) === 'CONSENT_UNAVAILABLE')).toBe(true);
  expect(errors.every((error) => errorCode(error) !== 'INTERNAL_SERVER_ERROR')).toBe(true);
});

test('a mutation whose service did not answer: whether it was made is unknown', async () => {
  const result = await quietly(() =>
    client.mutation(RecordConsentDocument, { input: consentInput('OUTAGE-1') }).toPromise(),
  );
  expect(result.data?.recordConsent ?? null).toBeNull();
  const errors = result.error!.graphQLErrors;
  expect(errors.map(errorCode)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(errors[0]!.message).toBe(
    'the consent service did not answer: its fields are null in this answer (withheld, not empty); whether it made the change asked for is unknown: look before repeating it',
  );
});
