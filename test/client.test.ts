/**
 * The typed client (`@wohnnetz/client`) against the real hub: each of its operations, a token
 * that is asked for before every request, a purpose typed with the API's purposes, the gateway's
 * error codes and the consent denials beside withheld values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AccessLogDocument,
  AgenciesDocument,
  GATEWAY_ERROR_CODES,
  HouseholdCaseContextDocument,
  HouseholdCaseContextsDocument,
  HouseholdConsentDocument,
  HouseholdConsentsDocument,
  RecordConsentDocument,
  RecordedConsentsDocument,
  RetentionRunsDocument,
  WithdrawConsentDocument,
  conflictingConsentId,
  consentDenialAt,
  consentDenials,
  consentsToAskFor,
  createWohnnetzClient,
  errorCode,
  requestIdOf,
  type AccessLogQuery,
  type RecordedConsentsQuery,
  type ConsentDenial,
  type Purpose,
  type RecordConsentInput,
  type WohnnetzClientOptions,
} from '@wohnnetz/client';
import { DEMO_AGENCIES, demoAgenciesOf, demoHouseholds } from '@wohnnetz/demo-data';
import { startTestHub, type TestHub } from '@wohnnetz/testing';

const HOUSEHOLDS = 12;
const households = demoHouseholds(HOUSEHOLDS);
const inDortmund = households.filter((household) => household.municipality === 'DORTMUND');
const inHagen = households.filter((household) => household.municipality === 'HAGEN');

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ households: HOUSEHOLDS });
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

/** A client for a user of `agencyId` (with its default role unless `roles` are given). */
async function clientFor(agencyId: string, purpose: Purpose, roles?: string[]) {
  return createWohnnetzClient({
    url: hub.gatewayUrl,
    token: await hub.token({ agencyId, roles }),
    purpose,
  });
}

/** A written consent of a household, as a case worker records it (fictional names). */
const consentInput = (input: Partial<RecordConsentInput>): RecordConsentInput => ({
  householdId: inHagen[0]!.id,
  grantorName: 'Erika Beispiel',
  categories: [],
  purposes: [],
  form: 'WRITTEN',
  informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
  informationLanguage: 'de',
  documentReference: 'CLIENT-TEST-1',
  ...input,
});

/** The value at a path (an error's, a denial's) in a result's data. */
function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown> | null | undefined)?.[key],
    data,
  );
}

/** Any string, in an expected value. */
const ANY_STRING: unknown = expect.any(String);

const denialAt = (denials: ConsentDenial[], path: (string | number)[]) =>
  denials.find((denial) => JSON.stringify(denial.path) === JSON.stringify(path));

describe('agencies', () => {
  test('lists every participating agency, or those of one kind and municipality', async () => {
    const client = await clientFor('housing-dortmund', 'CASE_COORDINATION');
    const all = await client.query(AgenciesDocument, {}).toPromise();
    expect(all.error).toBeUndefined();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...all.data!.agencies].sort(byId)).toEqual(
      DEMO_AGENCIES.map(({ id, kind, municipality, name }) => ({
        id,
        kind,
        municipality,
        name,
        leftOn: null,
      })).sort(byId),
    );

    const some = await client
      .query(AgenciesDocument, { kind: 'WELFARE_PROVIDER', municipality: 'HAGEN' })
      .toPromise();
    expect(some.data!.agencies.map((agency) => agency.id)).toEqual(['welfare-hagen-mitte']);
  });
});

describe('recordConsent and withdrawConsent', () => {
  test('a consent is recorded, applies, is withdrawn and no longer applies; its history stays', async () => {
    const household = inHagen[0]!;
    const caseworker = await clientFor('housing-hagen', 'CASE_COORDINATION');
    const landlord = await clientFor('landlord-hagen-gmbh', 'HOUSING_PLACEMENT');
    const trainingAsLandlord = async () => {
      const result = await landlord
        .query(HouseholdCaseContextDocument, { id: household.id })
        .toPromise();
      return {
        value: result.data!.household!.trainingEnrollments,
        denial: denialAt(consentDenials(result.error), ['household', 'trainingEnrollments']),
      };
    };
    expect((await trainingAsLandlord()).denial).toMatchObject({ code: 'CONSENT_REQUIRED' });

    const input = consentInput({
      householdId: household.id,
      recipientAgencyId: 'landlord-hagen-gmbh',
      categories: ['TRAINING_RESULTS'],
      purposes: ['HOUSING_PLACEMENT'],
    });
    const recorded = await caseworker.mutation(RecordConsentDocument, { input }).toPromise();
    expect(recorded.error).toBeUndefined();
    const grant = recorded.data!.recordConsent!;
    // A retry (the answer lost, say) records nothing twice: CONFLICT names the consent.
    const retried = await caseworker.mutation(RecordConsentDocument, { input }).toPromise();
    expect(retried.data!.recordConsent).toBeNull();
    expect(retried.error!.graphQLErrors.map(errorCode)).toEqual(['CONFLICT']);
    expect(retried.error!.graphQLErrors[0]!.extensions.consentId).toBe(grant.id);
    expect(conflictingConsentId(retried.error)).toBe(grant.id);
    expect(conflictingConsentId(recorded.error)).toBeUndefined();
    // …which HouseholdConsent reads back, as the case context would show it.
    const lookedUp = await caseworker
      .query(HouseholdConsentDocument, {
        householdId: household.id,
        consentId: conflictingConsentId(retried.error)!,
      })
      .toPromise();
    expect(lookedUp.error).toBeUndefined();
    expect(lookedUp.data!.household!.consent).toEqual({
      ...grant,
      household: { id: household.id },
    });
    // To an agency the consent does not concern, it is as if there were none.
    const jobcenter = await clientFor('jobcenter-hagen', 'CASE_COORDINATION');
    const notTheirs = await jobcenter
      .query(HouseholdConsentDocument, { householdId: household.id, consentId: grant.id })
      .toPromise();
    expect(notTheirs.error).toBeUndefined();
    expect(notTheirs.data!.household).toEqual({ id: household.id, consent: null });
    expect(grant).toMatchObject({
      household: { id: household.id },
      recipientAgency: { id: 'landlord-hagen-gmbh', kind: 'LANDLORD' },
      recipientAgencyKind: null,
      categories: ['TRAINING_RESULTS'],
      purposes: ['HOUSING_PLACEMENT'],
      recordedByAgency: { id: 'housing-hagen' },
      withdrawnAt: null,
      state: 'GIVEN',
    });
    expect(grant.history.map((event) => [event.kind, event.agency?.id])).toEqual([
      ['GIVEN', 'housing-hagen'],
    ]);
    const released = await trainingAsLandlord();
    expect(released.denial).toBeUndefined();
    expect(released.value).toEqual(expect.any(Array));

    const withdrawn = await caseworker
      .mutation(WithdrawConsentDocument, { id: grant.id, reason: 'Widerruf per Telefon' })
      .toPromise();
    expect(withdrawn.error).toBeUndefined();
    expect(withdrawn.data!.withdrawConsent).toMatchObject({
      id: grant.id,
      state: 'WITHDRAWN',
      withdrawnAt: ANY_STRING,
    });
    expect(
      withdrawn.data!.withdrawConsent!.history.map((event) => [event.kind, event.reason]),
    ).toEqual([
      ['GIVEN', null],
      ['WITHDRAWN', 'Widerruf per Telefon'],
    ]);
    const after = await trainingAsLandlord();
    expect(after.value).toBeNull();
    expect(after.denial).toEqual({
      code: 'CONSENT_REQUIRED',
      householdId: household.id,
      category: 'TRAINING_RESULTS',
      purpose: 'HOUSING_PLACEMENT',
      field: 'Household.trainingEnrollments',
      categoriesBelow: [],
      path: ['household', 'trainingEnrollments'],
      requestId: ANY_STRING,
    });

    // The case context shows the consent as it stands now.
    const context = await caseworker
      .query(HouseholdCaseContextDocument, { id: household.id })
      .toPromise();
    expect(context.data!.household!.consents!.nodes).toContainEqual(
      expect.objectContaining({
        id: grant.id,
        recipientAgency: { id: 'landlord-hagen-gmbh', name: ANY_STRING },
        state: 'WITHDRAWN',
      }),
    );

    // Withdrawn once, it cannot be withdrawn again: null beside the registry's refusal.
    const again = await caseworker.mutation(WithdrawConsentDocument, { id: grant.id }).toPromise();
    expect(again.data!.withdrawConsent).toBeNull();
    expect(again.error!.graphQLErrors.map(errorCode)).toEqual(['BAD_USER_INPUT']);
  });

  test('a consent recorded for an id the housing office does not hold: recorded, its household null beside NOT_FOUND', async () => {
    const caseworker = await clientFor('housing-hagen', 'CASE_COORDINATION');
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    const recorded = await caseworker
      .mutation(RecordConsentDocument, {
        input: consentInput({
          householdId: unknown,
          recipientAgencyId: 'landlord-hagen-gmbh',
          categories: ['TRAINING_RESULTS'],
          purposes: ['HOUSING_PLACEMENT'],
        }),
      })
      .toPromise();
    // The answer is the consent (the registry cannot check the id), not a blank …
    const grant = recorded.data!.recordConsent!;
    expect(grant).toMatchObject({ id: ANY_STRING, household: null, state: 'GIVEN' });
    // … with the error that tells the case worker to withdraw it.
    expect(
      recorded.error!.graphQLErrors.map((error) => ({ code: errorCode(error), path: error.path })),
    ).toEqual([{ code: 'NOT_FOUND', path: ['recordConsent', 'household'] }]);
    // Withdrawn as any other: WithdrawConsent does not ask the housing office again.
    const withdrawn = await caseworker
      .mutation(WithdrawConsentDocument, { id: grant.id, reason: 'falsche Haushalts-ID' })
      .toPromise();
    expect(withdrawn.error).toBeUndefined();
    expect(withdrawn.data!.withdrawConsent).toMatchObject({
      id: grant.id,
      household: { id: unknown },
      state: 'WITHDRAWN',
    });
  });

  describe('a consent addressed to a kind of agency', () => {
    const grants = new Map<string, string>();
    beforeAll(async () => {
      for (const household of households) {
        // Recorded by the household's own housing office, which reads all of the answer.
        const office = demoAgenciesOf('HOUSING_OFFICE', household.municipality)[0]!;
        const caseworker = await clientFor(office.id, 'CASE_COORDINATION');
        const result = await caseworker
          .mutation(RecordConsentDocument, {
            input: consentInput({
              householdId: household.id,
              recipientAgencyKind: 'LANDLORD',
              categories: ['SUPPORT_NOTES'],
              purposes: ['HOUSING_PLACEMENT'],
              documentReference: `CLIENT-KIND-${household.number}`,
            }),
          })
          .toPromise();
        expect(result.error).toBeUndefined();
        grants.set(household.id, result.data!.recordConsent!.id);
      }
    });

    test('shows the kind in the case context, where no one agency is named', async () => {
      const household = inHagen[1]!;
      const client = await clientFor('housing-hagen', 'CASE_COORDINATION');
      const result = await client
        .query(HouseholdCaseContextDocument, { id: household.id })
        .toPromise();
      expect(result.data!.household!.consents!.nodes).toContainEqual(
        expect.objectContaining({
          id: grants.get(household.id),
          recipientAgency: null,
          recipientAgencyKind: 'LANDLORD',
          state: 'GIVEN',
        }),
      );
    });

    test('what the policy never releases to a landlord is withheld: RELEASE_FORBIDDEN', async () => {
      const landlord = await clientFor('landlord-hagen-gmbh', 'HOUSING_PLACEMENT');
      // Health notes are not in the client's operations: an ad-hoc query, untyped. A landlord may
      // not list households: it asks for some by their ids.
      const aliases = households
        .slice(0, 8)
        .map(
          (household, index) =>
            `h${index}: household(id: "${household.id}") { id supportCases { id healthNotes } }`,
        )
        .join(' ');
      const result = await landlord.query(`{ ${aliases} }`, {}).toPromise();
      const denials = consentDenials(result.error);
      expect(denials.length).toBeGreaterThan(0);
      for (const denial of denials) {
        expect(denial).toMatchObject({
          code: 'RELEASE_FORBIDDEN',
          category: 'HEALTH',
          purpose: 'HOUSING_PLACEMENT',
          field: 'SupportCase.healthNotes',
        });
        expect(denial.path).toEqual([
          expect.stringMatching(/^h\d$/),
          'supportCases',
          expect.any(Number),
          'healthNotes',
        ]);
        expect(valueAt(result.data, denial.path)).toBeNull();
        expect(valueAt(result.data, [denial.path[0]!, 'id'])).toBe(denial.householdId);
      }
      // Every health note the answer holds is withheld, each with its denial.
      const notes = Object.entries((result.data ?? {}) as Record<string, unknown>).flatMap(
        ([alias, household]) =>
          (
            (household as { supportCases: { healthNotes: unknown }[] | null } | null)
              ?.supportCases ?? []
          ).map((supportCase, index) => ({
            path: [alias, 'supportCases', index, 'healthNotes'],
            value: supportCase.healthNotes,
          })),
      );
      expect(notes.length).toBeGreaterThan(0);
      expect(notes).toEqual(notes.map(({ path }) => ({ path, value: null })));
      expect(denials.map((denial) => denial.path).sort()).toEqual(
        notes.map(({ path }) => path).sort(),
      );
    });

    test('consentsToAskFor names the consents a household can give, not what the policy never releases', async () => {
      const landlord = await clientFor('landlord-hagen-gmbh', 'HOUSING_PLACEMENT');
      const some = households.slice(0, 8);
      const aliases = some
        .map(
          (household, index) =>
            `h${index}: household(id: "${household.id}") { id trainingEnrollments { id } supportCases { id healthNotes } }`,
        )
        .join(' ');
      const result = await landlord.query(`{ ${aliases} }`, {}).toPromise();
      const codes = new Set(consentDenials(result.error).map((denial) => denial.code));
      // Health notes are never released to a landlord; training results wait for a consent.
      expect(codes).toEqual(new Set(['RELEASE_FORBIDDEN', 'CONSENT_REQUIRED']));
      const byHousehold = (a: { householdId: string }, b: { householdId: string }) =>
        a.householdId.localeCompare(b.householdId);
      expect(consentsToAskFor(result.error).sort(byHousehold)).toEqual(
        some
          .map((household) => ({
            householdId: household.id,
            categories: ['TRAINING_RESULTS'],
            purposes: ['HOUSING_PLACEMENT'],
          }))
          .sort(byHousehold),
      );
      expect(consentsToAskFor(undefined)).toEqual([]);
    });
  });
});

/**
 * Dortmund's households as the welfare provider of Hagen sees them for tenancy support (with its
 * own token unless given another).
 */
async function dortmundAsHagenWelfare(token?: string) {
  const client = token
    ? createWohnnetzClient({ url: hub.gatewayUrl, token, purpose: 'TENANCY_SUPPORT' })
    : await clientFor('welfare-hagen-mitte', 'TENANCY_SUPPORT');
  const result = await client
    .query(HouseholdCaseContextsDocument, { first: HOUSEHOLDS, municipality: 'DORTMUND' })
    .toPromise();
  return { result, denials: consentDenials(result.error) };
}

/** Each household's members withheld, with a denial of `code` at their path. */
function expectMembersWithheld(
  { result, denials }: Awaited<ReturnType<typeof dortmundAsHagenWelfare>>,
  code: ConsentDenial['code'],
) {
  const nodes = result.data!.households.nodes;
  expect(nodes.length).toBeGreaterThan(0);
  nodes.forEach((node, index) => {
    expect(node.members).toBeNull();
    expect(denialAt(denials, ['households', 'nodes', index, 'members'])).toEqual({
      code,
      householdId: node.id,
      category: 'HOUSEHOLD_COMPOSITION',
      purpose: 'TENANCY_SUPPORT',
      field: 'Household.members',
      // The members' fields the operation selects: not decided while the members are withheld.
      categoriesBelow: code === 'CONSENT_REQUIRED' ? ['IDENTITY'] : [],
      path: ['households', 'nodes', index, 'members'],
      requestId: ANY_STRING,
    });
  });
}

describe('consentDenials', () => {
  test('names, for each withheld value, the household, category and purpose of the consent it needs', async () => {
    const read = await dortmundAsHagenWelfare();
    const { result, denials } = read;
    const nodes = result.data!.households.nodes;
    expect(nodes.map((node) => node.id).sort()).toEqual(
      inDortmund.map((household) => household.id).sort(),
    );
    expectMembersWithheld(read, 'CONSENT_REQUIRED');
    // Every denial stands beside a null of its own household; all are of one request.
    for (const denial of denials) {
      expect(valueAt(result.data, denial.path)).toBeNull();
      expect(valueAt(result.data, [...denial.path.slice(0, 3), 'id'])).toBe(denial.householdId);
    }
    expect(new Set(denials.map((denial) => denial.requestId)).size).toBe(1);
    // Released beside them: how many consents concern the agency, on the statutory basis the
    // policy names.
    expect(nodes.every((node) => typeof node.consents?.totalCount === 'number')).toBe(true);
  });

  test('names AGENCY_NOT_TAKING_PART for an agency the registry does not count as taking part', async () => {
    // The identity provider issues a token for an agency the registry does not hold.
    const read = await dortmundAsHagenWelfare(
      await hub.token({
        agencyId: 'welfare-hagen-mitte',
        claims: { agency: 'welfare-hagen-unregistered' },
      }),
    );
    const { result, denials } = read;
    expectMembersWithheld(read, 'AGENCY_NOT_TAKING_PART');
    expect(denials.every((denial) => denial.code === 'AGENCY_NOT_TAKING_PART')).toBe(true);
    expect(result.error!.graphQLErrors[0]!.message).toMatch(
      /: agency welfare-hagen-unregistered is not registered in the consent registry$/,
    );
  });

  test('is empty without an error', () => {
    expect(consentDenials(undefined)).toEqual([]);
  });
});

describe('consentDenialAt', () => {
  test('tells a withheld value, and what lies below it, from one that is no data', async () => {
    const { result, denials } = await dortmundAsHagenWelfare();
    const members = ['households', 'nodes', 0, 'members'];
    const denial = denialAt(denials, members);
    expect(denial).toMatchObject({ code: 'CONSENT_REQUIRED', field: 'Household.members' });
    expect(consentDenialAt(result.error, members)).toEqual(denial);
    // A member's name is missing because the members were withheld.
    expect(consentDenialAt(result.error, [...members, 0, 'givenName'])).toEqual(denial);
    // Released beside it, or not below it: no denial.
    expect(typeof result.data!.households.nodes[0]!.consents?.totalCount).toBe('number');
    expect(consentDenialAt(result.error, ['households', 'nodes', 0, 'consents'])).toBeUndefined();
    expect(consentDenialAt(result.error, ['households', 'nodes', 1, 'id'])).toBeUndefined();
    expect(consentDenialAt(result.error, ['households', 'nodes', 0])).toBeUndefined();
    expect(consentDenialAt(undefined, members)).toBeUndefined();
  });
});

describe('accessLog', () => {
  test("a data-protection officer pages through their agency's decisions of one request", async () => {
    const { denials } = await dortmundAsHagenWelfare();
    const requestId = denials[0]!.requestId!;
    const officer = await clientFor('welfare-hagen-mitte', 'DATA_PROTECTION_SUPERVISION', [
      'data_protection_officer',
    ]);

    const entries: AccessLogQuery['accessLog']['nodes'] = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount: number | undefined;
    do {
      const result = await officer
        .query(AccessLogDocument, { requestId, first: 5, after })
        .toPromise();
      expect(result.error).toBeUndefined();
      const page: AccessLogQuery['accessLog'] = result.data!.accessLog;
      entries.push(...page.nodes);
      pages += 1;
      totalCount = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);

    expect(pages).toBeGreaterThan(1);
    expect(entries).toHaveLength(totalCount);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        requestId,
        agencyId: 'welfare-hagen-mitte',
        agencyKind: 'WELFARE_PROVIDER',
        purpose: 'TENANCY_SUPPORT',
        actor: ANY_STRING,
      });
    }
    // Each denial the client read is one logged decision not to release, and vice versa.
    const withheld = entries.filter((entry) => !entry.released);
    expect(withheld.every((entry) => entry.basis === 'NO_CONSENT')).toBe(true);
    expect(new Set(withheld.map((entry) => `${entry.householdId} ${entry.field}`))).toEqual(
      new Set(denials.map((denial) => `${denial.householdId} ${denial.field}`)),
    );
  });

  test('is refused to a case worker: FORBIDDEN', async () => {
    const caseworker = await clientFor('welfare-hagen-mitte', 'TENANCY_SUPPORT');
    const result = await caseworker.query(AccessLogDocument, { first: 5 }).toPromise();
    expect(result.data ?? null).toBeNull();
    expect(result.error!.graphQLErrors.map(errorCode)).toEqual(['FORBIDDEN']);
  });
});

describe("a household's consents", () => {
  test('the case context shows the first page; HouseholdConsents pages on from its endCursor', async () => {
    const household = inHagen[2]!;
    const caseworker = await clientFor('housing-hagen', 'CASE_COORDINATION');
    for (const n of [1, 2, 3]) {
      const recorded = await caseworker
        .mutation(RecordConsentDocument, {
          input: consentInput({
            householdId: household.id,
            recipientAgencyId: 'landlord-hagen-gmbh',
            categories: ['TENANCY'],
            purposes: ['HOUSING_PLACEMENT'],
            documentReference: `CLIENT-PAGE-${n}`,
          }),
        })
        .toPromise();
      expect(recorded.error).toBeUndefined();
    }
    const context = await caseworker
      .query(HouseholdCaseContextDocument, { id: household.id, consentsFirst: 2 })
      .toPromise();
    // Other agencies' data may need consents; the household's consents are the office's own.
    const onConsents = (context.error?.graphQLErrors ?? []).filter(
      (error) => error.path?.[1] === 'consents',
    );
    expect(onConsents).toEqual([]);
    const firstPage = context.data!.household!.consents!;
    expect(firstPage.nodes).toHaveLength(2);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);

    const ids = firstPage.nodes.map((consent) => consent.id);
    let after = firstPage.pageInfo.endCursor;
    while (after !== null) {
      const result = await caseworker
        .query(HouseholdConsentsDocument, { id: household.id, first: 2, after })
        .toPromise();
      expect(result.error).toBeUndefined();
      const page = result.data!.household!.consents!;
      expect(page.totalCount).toBe(firstPage.totalCount);
      ids.push(...page.nodes.map((consent) => consent.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(ids).toHaveLength(firstPage.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('recordedConsents', () => {
  test('a data-protection officer pages through the consents their agency recorded', async () => {
    // Its own recordings, more than a page of them: the demo data alone may hold fewer, and the
    // list must not depend on what this file's other tests recorded before (or did not, with -t).
    const caseworker = await clientFor('housing-hagen', 'CASE_COORDINATION');
    const mine: string[] = [];
    for (const n of [1, 2, 3]) {
      const recorded = await caseworker
        .mutation(RecordConsentDocument, {
          input: consentInput({
            householdId: inHagen[2]!.id,
            recipientAgencyId: 'landlord-hagen-gmbh',
            categories: ['TENANCY'],
            purposes: ['HOUSING_PLACEMENT'],
            documentReference: `CLIENT-RECORDED-${n}`,
          }),
        })
        .toPromise();
      expect(recorded.error).toBeUndefined();
      mine.push(recorded.data!.recordConsent!.id);
    }
    const officer = await clientFor('housing-hagen', 'DATA_PROTECTION_SUPERVISION', [
      'data_protection_officer',
    ]);
    const consents: RecordedConsentsQuery['recordedConsents']['nodes'] = [];
    let after: string | null = null;
    let totalCount: number | undefined;
    do {
      const result = await officer.query(RecordedConsentsDocument, { first: 2, after }).toPromise();
      expect(result.error).toBeUndefined();
      const page: RecordedConsentsQuery['recordedConsents'] = result.data!.recordedConsents;
      consents.push(...page.nodes);
      totalCount = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);

    // The demo consents of Hagen's households, and any this file recorded there: these three
    // among them, on more than one page.
    expect(consents.map((consent) => consent.id)).toEqual(expect.arrayContaining(mine));
    expect(consents.length).toBeGreaterThan(2);
    expect(consents).toHaveLength(totalCount);
    expect(new Set(consents.map((consent) => consent.id)).size).toBe(consents.length);
    expect(consents.every((consent) => consent.recordedByAgency?.id === 'housing-hagen')).toBe(
      true,
    );
    const recordedAt = consents.map((consent) => consent.recordedAt);
    expect(recordedAt).toEqual([...recordedAt].sort().reverse());
  });

  test('is refused to a case worker: FORBIDDEN', async () => {
    const caseworker = await clientFor('housing-hagen', 'CASE_COORDINATION');
    const result = await caseworker.query(RecordedConsentsDocument, { first: 5 }).toPromise();
    expect(result.data ?? null).toBeNull();
    expect(result.error!.graphQLErrors.map(errorCode)).toEqual(['FORBIDDEN']);
  });
});

describe('retentionRuns', () => {
  test('an officer of any agency reads them (none yet in this hub); a case worker may not', async () => {
    const officer = await clientFor('landlord-hagen-gmbh', 'DATA_PROTECTION_SUPERVISION', [
      'data_protection_officer',
    ]);
    const result = await officer.query(RetentionRunsDocument, { first: 10 }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data!.retentionRuns).toEqual({
      nodes: [],
      pageInfo: { endCursor: null, hasNextPage: false },
      totalCount: 0,
    });
    const caseworker = await clientFor('housing-hagen', 'CASE_COORDINATION');
    const refused = await caseworker.query(RetentionRunsDocument, { first: 10 }).toPromise();
    expect(refused.error!.graphQLErrors.map(errorCode)).toEqual(['FORBIDDEN']);
  });
});

describe('the token', () => {
  test('a token function is asked before every request; a renewed token applies at once', async () => {
    const household = inDortmund[0]!;
    let calls = 0;
    let current = await hub.token({ agencyId: 'housing-dortmund' });
    const client = createWohnnetzClient({
      url: hub.gatewayUrl,
      token: () => {
        calls += 1;
        return Promise.resolve(current);
      },
      purpose: 'CASE_COORDINATION',
    });
    const reference = async () => {
      const result = await client
        .query(HouseholdCaseContextDocument, { id: household.id })
        .toPromise();
      return { result, value: result.data?.household?.reference };
    };

    const own = await reference();
    expect(own.value).toBe(household.reference);
    expect(calls).toBe(1);

    current = await hub.token({ agencyId: 'housing-hagen' });
    const foreign = await reference();
    expect(foreign.value).toBeNull();
    expect(
      denialAt(consentDenials(foreign.result.error), ['household', 'reference']),
    ).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'HOUSING_SITUATION' });
    expect(calls).toBe(2);

    current = 'no-longer-a-token';
    const refused = await reference();
    expect(refused.result.data ?? null).toBeNull();
    expect(refused.result.error!.graphQLErrors.map(errorCode)).toEqual(['UNAUTHENTICATED']);
    expect(calls).toBe(3);
  });

  test('a token function that fails: the result is a network error', async () => {
    const client = createWohnnetzClient({
      url: hub.gatewayUrl,
      token: () => {
        throw new Error('the session has ended: sign in again');
      },
      purpose: 'CASE_COORDINATION',
    });
    const result = await client.query(AgenciesDocument, {}).toPromise();
    expect(result.data).toBeUndefined();
    expect(result.error!.networkError?.message).toBe('the session has ended: sign in again');
  });
});

describe('the purpose', () => {
  test("is one of the API's purposes; another one is refused by the gateway: PURPOSE_REQUIRED", async () => {
    const typed: WohnnetzClientOptions = {
      url: hub.gatewayUrl,
      token: await hub.token({ agencyId: 'housing-dortmund' }),
      purpose: 'EVICTION_PREVENTION',
    };
    const untyped = createWohnnetzClient({
      ...typed,
      // @ts-expect-error -- not a purpose of the API: a type error, and refused by the gateway
      purpose: 'MARKETING',
    });
    const result = await untyped.query(AgenciesDocument, {}).toPromise();
    expect(result.error!.graphQLErrors.map(errorCode)).toEqual(['PURPOSE_REQUIRED']);
  });
});

describe('the error codes', () => {
  test('every code the gateway lets through is one of GATEWAY_ERROR_CODES', () => {
    // Where the gateway's codes are written: its services' public codes and the code of anything
    // else (service-kit's errors.ts), the operation limits' codes (limits.ts) and those of a body
    // refused before GraphQL runs (http-errors.ts). Every upper-case string there is a code.
    const codes = new Set(
      [
        'packages/service-kit/src/errors.ts',
        'gateway/src/limits.ts',
        'packages/service-kit/src/http-errors.ts',
      ].flatMap((path) =>
        [...readFileSync(join(__dirname, '..', path), 'utf8').matchAll(/'([A-Z][A-Z_]+)'/g)]
          .map((match) => match[1]!)
          // The one upper-case string there that is no code: the method of the Allow header.
          .filter((code) => code !== 'POST'),
      ),
    );
    expect(codes.size).toBeGreaterThanOrEqual(20);
    expect(GATEWAY_ERROR_CODES).toEqual(expect.arrayContaining([...codes]));
  });

  test('errorCode reads only the codes the gateway documents', () => {
    expect(errorCode({ extensions: { code: 'QUERY_TOO_DEEP' } })).toBe('QUERY_TOO_DEEP');
    expect(errorCode({ extensions: { code: 'SOMETHING_ELSE' } })).toBeUndefined();
    expect(errorCode({})).toBeUndefined();
  });
});

describe('consentsToAskFor', () => {
  test('names, per household, the consent that releases what was withheld; recorded as named, it does', async () => {
    const { result, denials } = await dortmundAsHagenWelfare();
    const asks = consentsToAskFor(result.error);
    // One per household with a CONSENT_REQUIRED, for the purpose declared; its categories those
    // of its denials and the categories below them, sorted, each once.
    const required = denials.filter((denial) => denial.code === 'CONSENT_REQUIRED');
    expect(asks.map((ask) => ask.householdId)).toEqual([
      ...new Set(required.map((denial) => denial.householdId)),
    ]);
    for (const ask of asks) {
      const own = required.filter((denial) => denial.householdId === ask.householdId);
      expect(ask).toEqual({
        householdId: ask.householdId,
        categories: [
          ...new Set(own.flatMap((denial) => [denial.category, ...denial.categoriesBelow])),
        ].sort(),
        purposes: ['TENANCY_SUPPORT'],
      });
      expect(ask.categories).toEqual(expect.arrayContaining(['HOUSEHOLD_COMPOSITION', 'IDENTITY']));
    }

    // The welfare provider's case worker asks the household and records the consent as named.
    const ask = asks.at(-1)!;
    const index = result.data!.households.nodes.findIndex((node) => node.id === ask.householdId);
    const caseworker = await clientFor('welfare-hagen-mitte', 'TENANCY_SUPPORT');
    const recorded = await caseworker
      .mutation(RecordConsentDocument, {
        input: consentInput({
          ...ask,
          recipientAgencyId: 'welfare-hagen-mitte',
          documentReference: 'CLIENT-ASK-1',
        }),
      })
      .toPromise();
    expect(recorded.error).toBeUndefined();
    try {
      // What was withheld is released now, and the fields below it with it: nothing to ask for.
      const after = await dortmundAsHagenWelfare();
      const node = after.result.data!.households.nodes[index]!;
      expect(node.id).toBe(ask.householdId);
      expect(node.members).toEqual(expect.any(Array));
      expect(after.denials.filter((denial) => denial.householdId === ask.householdId)).toEqual([]);
      expect(consentsToAskFor(after.result.error).map((other) => other.householdId)).not.toContain(
        ask.householdId,
      );
    } finally {
      await caseworker
        .mutation(WithdrawConsentDocument, { id: recorded.data!.recordConsent!.id })
        .toPromise();
    }
  });
});

describe('requestIdOf', () => {
  /** The client's results, each with the X-Request-Id header of its answer. */
  async function withHeader<T>(ask: () => Promise<T>) {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    try {
      const result = await ask();
      const response = (await fetchSpy.mock.results.at(-1)!.value) as Response;
      return { result, header: response.headers.get('x-request-id') };
    } finally {
      fetchSpy.mockRestore();
    }
  }

  test("reads a successful answer's request id, as the X-Request-Id header names it", async () => {
    const client = await clientFor('housing-dortmund', 'CASE_COORDINATION');
    const { result, header } = await withHeader(() =>
      client.query(AgenciesDocument, {}).toPromise(),
    );
    expect(result.error).toBeUndefined();
    expect(header).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(result)).toBe(header);
  });

  test("is a denial's request id beside a partial answer, and an error's where GraphQL did not run", async () => {
    const { result, denials } = await dortmundAsHagenWelfare();
    expect(denials.length).toBeGreaterThan(0);
    expect(requestIdOf(result)).toBe(denials[0]!.requestId);

    const refused = createWohnnetzClient({
      url: hub.gatewayUrl,
      token: 'no-token',
      purpose: 'CASE_COORDINATION',
    });
    const { result: unauthenticated, header } = await withHeader(() =>
      refused.query(AgenciesDocument, {}).toPromise(),
    );
    expect(unauthenticated.error!.graphQLErrors.map(errorCode)).toEqual(['UNAUTHENTICATED']);
    expect(requestIdOf(unauthenticated)).toBe(header);
  });

  test('is undefined where no gateway answered', async () => {
    const client = createWohnnetzClient({
      url: 'http://127.0.0.1:9/graphql',
      token: 'any',
      purpose: 'CASE_COORDINATION',
    });
    const result = await client.query(AgenciesDocument, {}).toPromise();
    expect(result.error!.networkError).toBeDefined();
    expect(requestIdOf(result)).toBeUndefined();
  });
});
