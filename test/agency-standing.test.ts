/**
 * An agency the consent registry does not count as taking part in the programme — not
 * registered, registered as another kind than its users' tokens name, or left — receives nothing
 * of another agency's through the gateway, whatever the policy or a consent would allow; its own
 * records stay its own (ADR 0025). Through the gateway with real tokens; the registry's agencies
 * are changed in its database as `pnpm -s agencies` would change them.
 */
import { demoHouseholds } from '@wohnnetz/demo-data';
import { atInstant, postGraphQL, startTestHub, type TestHub } from '@wohnnetz/testing';

const HOUSEHOLDS = 12;
const inHagen = demoHouseholds(HOUSEHOLDS).filter(
  (household) => household.municipality === 'HAGEN',
);
const JOBCENTER = 'jobcenter-hagen';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ households: HOUSEHOLDS });
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});
// A test that fails inside atInstant must not leave the clock stopped for the next ones.
afterEach(() => jest.useRealTimers());

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' });
/** The day (YYYY-MM-DD, Europe/Berlin) `days` after the one of `instant`. */
const berlinDayAfter = (instant: number, days = 0) =>
  BERLIN_DAY.format(new Date(instant + days * 24 * 60 * 60 * 1000));

/** Changes the jobcenter's registration for the length of `run`, as the operator's command would. */
async function withRegistration<T>(
  change: { leftOn?: string; kind?: string },
  run: () => Promise<T>,
): Promise<T> {
  const connection = hub.subgraphs.consent.orm.em.getConnection();
  await connection.execute('update agency set left_on = ?, kind = ? where id = ?', [
    change.leftOn ?? null,
    change.kind ?? 'JOBCENTER',
    JOBCENTER,
  ]);
  try {
    return await run();
  } finally {
    await connection.execute("update agency set left_on = null, kind = 'JOBCENTER' where id = ?", [
      JOBCENTER,
    ]);
  }
}

interface CaseData {
  household: {
    reference: string | null;
    benefitCase: { status: string } | null;
    consents: { nodes: { id: string }[] } | null;
  } | null;
}

/**
 * The jobcenter's case worker asks, for eviction prevention, about a household's reference (the
 * housing office's, released on § 69 SGB X), its benefit case (the jobcenter's own) and its
 * consent records (the registry's, decided there without a network hop).
 */
async function askAsJobcenter(householdId: string, token?: string) {
  return postGraphQL<CaseData>(
    hub.gatewayUrl,
    `{ household(id: "${householdId}") { reference benefitCase { status } consents { nodes { id } } } }`,
    {},
    {
      authorization: `Bearer ${token ?? (await hub.token({ agencyId: JOBCENTER }))}`,
      'x-purpose': 'EVICTION_PREVENTION',
    },
  );
}

/** Each error's code by the field it stands beside. */
const codesOf = (response: Awaited<ReturnType<typeof askAsJobcenter>>): Record<string, unknown> =>
  Object.fromEntries(
    (response.errors ?? []).map((error) => [String(error.path?.at(-1)), error.extensions?.code]),
  );

/** A Hagen household with a benefit case of the jobcenter's own (so read as its own task). */
async function householdWithOwnCase() {
  for (const household of inHagen) {
    const response = await askAsJobcenter(household.id);
    if (response.data?.household?.benefitCase && !response.errors) return { household, response };
  }
  throw new Error('no Hagen household with a benefit case of the jobcenter alone');
}

async function accessLogOf(requestId: string) {
  const response = await postGraphQL<{
    accessLog: { nodes: { field: string; released: boolean; basis: string; reference: string }[] };
  }>(
    hub.gatewayUrl,
    'query ($requestId: ID!) { accessLog(requestId: $requestId, first: 50) { nodes { field released basis reference } } }',
    { requestId },
    {
      authorization: `Bearer ${await hub.token({ agencyId: JOBCENTER, roles: ['data_protection_officer'] })}`,
      'x-purpose': 'DATA_PROTECTION_SUPERVISION',
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.accessLog.nodes;
}

test('an agency that left the programme receives nothing of another agency’s from its leftOn day on, its own records still; logged as NOT_TAKING_PART', async () => {
  const { household, response: before } = await householdWithOwnCase();
  expect(before.data!.household!.reference).not.toBeNull();
  expect(before.data!.household!.consents).not.toBeNull();

  const now = Date.now();
  const today = berlinDayAfter(now);
  // Leaving tomorrow: it still takes part today.
  const leavingTomorrow = await withRegistration({ leftOn: berlinDayAfter(now, 1) }, () =>
    atInstant(now, () => askAsJobcenter(household.id)),
  );
  expect(leavingTomorrow.errors).toBeUndefined();
  expect(leavingTomorrow.data).toEqual(before.data);

  const left = await withRegistration({ leftOn: today }, () =>
    atInstant(now, () => askAsJobcenter(household.id)),
  );
  const message = `agency ${JOBCENTER} left the programme on ${today}`;
  expect(left.data!.household).toEqual({
    reference: null,
    // Its own benefit case, read as its own task.
    benefitCase: before.data!.household!.benefitCase,
    consents: null,
  });
  expect(codesOf(left)).toEqual({
    reference: 'AGENCY_NOT_TAKING_PART',
    consents: 'AGENCY_NOT_TAKING_PART',
  });
  const denial = left.errors!.find((error) => error.path?.at(-1) === 'reference')!;
  expect(denial.message).toBe(
    `HOUSING_SITUATION data of this household are not released to your agency: ${message}`,
  );
  expect(denial.extensions).toMatchObject({
    householdId: household.id,
    category: 'HOUSING_SITUATION',
    purpose: 'EVICTION_PREVENTION',
    field: 'Household.reference',
  });
  // The refusals are in the access log, with the reason, for the agency's officer.
  const logged = await accessLogOf(left.requestId!);
  expect(
    logged.map(({ field, released, basis, reference }) => ({ field, released, basis, reference })),
  ).toEqual(
    expect.arrayContaining([
      {
        field: 'Household.reference',
        released: false,
        basis: 'NOT_TAKING_PART',
        reference: message,
      },
      {
        field: 'Household.consents',
        released: false,
        basis: 'NOT_TAKING_PART',
        reference: message,
      },
    ]),
  );
  expect(logged.every((entry) => entry.basis === 'NOT_TAKING_PART')).toBe(true);

  // Rejoined (leftOn taken out again): released on the very next request.
  const rejoined = await askAsJobcenter(household.id);
  expect(rejoined.errors).toBeUndefined();
  expect(rejoined.data).toEqual(before.data);
});

test('a token whose kind differs from the registry’s receives nothing of another agency’s; the operator is told', async () => {
  const { household, response: before } = await householdWithOwnCase();
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const response = await withRegistration({ kind: 'WELFARE_PROVIDER' }, () =>
      askAsJobcenter(household.id),
    );
    expect(codesOf(response)).toEqual({
      reference: 'AGENCY_NOT_TAKING_PART',
      consents: 'AGENCY_NOT_TAKING_PART',
    });
    expect(response.errors![0]!.message).toMatch(
      /: agency jobcenter-hagen is registered as WELFARE_PROVIDER, but the token names it a JOBCENTER$/,
    );
    expect(response.data!.household!.benefitCase).toEqual(before.data!.household!.benefitCase);
    expect(spy.mock.calls.map((call) => String(call[0]))).toContainEqual(
      expect.stringMatching(
        /^agency jobcenter-hagen is registered as WELFARE_PROVIDER, but its users' tokens say JOBCENTER \(request .+\): correct one of them$/,
      ),
    );
  } finally {
    spy.mockRestore();
  }
});

test('an agency the registry does not know receives nothing of another agency’s', async () => {
  const household = inHagen[0]!;
  const token = await hub.token({ agencyId: JOBCENTER, claims: { agency: 'jobcenter-nowhere' } });
  const response = await askAsJobcenter(household.id, token);
  expect(response.data!.household).toMatchObject({ reference: null, consents: null });
  expect(codesOf(response)).toMatchObject({
    reference: 'AGENCY_NOT_TAKING_PART',
    consents: 'AGENCY_NOT_TAKING_PART',
  });
  expect(response.errors![0]!.message).toMatch(
    /: agency jobcenter-nowhere is not registered in the consent registry$/,
  );
});

test('an agency that left may not withdraw another agency’s consent naming it: the answer would hand it that agency’s consent record', async () => {
  // Recorded by housing-dortmund, naming the jobcenter, while it takes part.
  const [grantId] = await hub.giveConsent({
    agencyId: JOBCENTER,
    categories: ['INCOME_BENEFITS'],
    purposes: ['EVICTION_PREVENTION'],
    households: 1,
  });
  const withdraw = async () =>
    postGraphQL<{ withdrawConsent: Record<string, unknown> | null }>(
      hub.gatewayUrl,
      `mutation ($id: ID!) { withdrawConsent(id: $id) {
         id documentReference categories purposes recordedByAgency { id } history { kind agencyId }
       } }`,
      { id: grantId },
      {
        authorization: `Bearer ${await hub.token({ agencyId: JOBCENTER })}`,
        'x-purpose': 'EVICTION_PREVENTION',
      },
    );
  const today = berlinDayAfter(Date.now());
  const [household] = demoHouseholds(1);
  const { read, response } = await withRegistration({ leftOn: today }, async () => ({
    read: await postGraphQL<{ household: { consent: unknown } | null }>(
      hub.gatewayUrl,
      'query ($household: ID!, $id: ID!) { household(id: $household) { consent(id: $id) { id } } }',
      { household: household!.id, id: grantId },
      {
        authorization: `Bearer ${await hub.token({ agencyId: JOBCENTER })}`,
        'x-purpose': 'EVICTION_PREVENTION',
      },
    ),
    response: await withdraw(),
  }));
  // Through the household's consents it no longer reads it: another agency's record ...
  expect(read.data!.household!.consent).toBeNull();
  expect(read.errors?.map((error) => error.extensions?.code)).toEqual(['AGENCY_NOT_TAKING_PART']);
  // ... nor through the withdrawal's answer.
  expect(response.data?.withdrawConsent ?? null).toBeNull();
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(response.errors![0]!.message).toBe(
    `agency ${JOBCENTER} left the programme on ${today}: it may withdraw only the consents it recorded itself; the agency that recorded this one can withdraw it`,
  );
  // Nothing was withdrawn: taking part again, it may.
  const again = await withdraw();
  expect(again.errors).toBeUndefined();
  expect(again.data!.withdrawConsent).toMatchObject({ id: grantId });
});
