/**
 * The consent registry through its own GraphQL API (not the gateway): recording consents and
 * every rule their input must meet, reading them back with their state and history, withdrawal
 * and expiry, who may change the registry, the access log and who may read it, and that a failed
 * change leaves the data as it was. What every subgraph must do (malformed ids, _service, health,
 * migrations) is tested in test/subgraphs.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { demoAgenciesOf, demoHouseholds } from '@wohnnetz/demo-data';
import { MAX_IDENTIFIER_LENGTH, openOrm, type Caller } from '@wohnnetz/service-kit';
import {
  FAR_INSTANTS,
  INSTANT_OUT_OF_BOUNDS_CODE,
  NEAR_INSTANTS,
  atInstant,
  compareText,
  insertDated,
  outOfBounds,
  startTestSubgraph,
  withRegistryTriggersOff,
  withScratchDatabase,
  withdrawalDated,
  type GraphQLResponse,
  type RegistryInstant,
  type TestSubgraph,
} from '@wohnnetz/testing';
import { readAccessLog } from './access-log';
import { encodeEntryCursor, entryIdText, type EntryId } from './cursor';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { consentState, expiredAt } from './consent-state';
import {
  AccessLogRecordSchema,
  type AccessBasis,
  type AccessLogRecord,
} from './entities/access-log-record.entity';
import { AgencySchema } from './entities/agency.entity';
import { ConsentEventSchema, type ConsentEvent } from './entities/consent-event.entity';
import type { ConsentContext } from './context';
import { ConsentGrant as ConsentGrantResolvers } from './resolvers/ConsentGrant';
import { ConsentGrantSchema, type ConsentGrant } from './entities/consent-grant.entity';
import { consent } from './subgraph';
import { parseInstant } from './validation/instant';

const HOUSEHOLDS = 36;
const DAY = 24 * 3600 * 1000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const households = demoHouseholds(HOUSEHOLDS);
const welfareDortmund = demoAgenciesOf('WELFARE_PROVIDER', 'DORTMUND')[0]!;

/** Case workers record and withdraw; the default caller of `query` is one (housing-dortmund). */
const CASEWORKER: Partial<Caller> = {
  actor: 'caseworker@housing-dortmund',
  agencyId: 'housing-dortmund',
  agencyKind: 'HOUSING_OFFICE',
  roles: ['caseworker'],
  purpose: 'EVICTION_PREVENTION',
};
/** A case worker of the Dortmund welfare provider (purpose as CASEWORKER's unless given). */
const WELFARE_CASEWORKER: Partial<Caller> = {
  ...CASEWORKER,
  actor: 'caseworker@welfare',
  agencyId: welfareDortmund.id,
  agencyKind: 'WELFARE_PROVIDER',
};
const DPO: Partial<Caller> = {
  actor: 'dpo@housing-dortmund',
  agencyId: 'housing-dortmund',
  agencyKind: 'HOUSING_OFFICE',
  roles: ['data_protection_officer'],
  purpose: 'DATA_PROTECTION_SUPERVISION',
};

interface AgencyData {
  id: string;
  kind: string;
  municipality: string;
}

interface EventData {
  kind: string;
  at: string;
  actor: string | null;
  agencyId: string | null;
  agency: AgencyData | null;
  reason: string | null;
}

interface GrantData {
  id: string;
  household: { id: string };
  recipientAgency: { id: string } | null;
  recipientAgencyKind: string | null;
  categories: string[];
  purposes: string[];
  validFrom: string;
  validUntil: string | null;
  form: string;
  grantorName: string | null;
  grantorMemberId: string | null;
  representativeName: string | null;
  informedOf: string[];
  informationLanguage: string;
  documentReference: string;
  recordedAt: string;
  withdrawnAt: string | null;
  recordedByAgency: AgencyData | null;
  state: string;
  history: EventData[];
}

const AGENCY_FIELDS = 'id kind municipality';
/** A grant's fields without the names in it (identity data, decided on their own). */
const RECORD_FIELDS = `
  id household { id } recipientAgency { id } recipientAgencyKind categories purposes
  validFrom validUntil form informedOf informationLanguage
  documentReference recordedAt withdrawnAt recordedByAgency { ${AGENCY_FIELDS} } state
  history { kind at actor agencyId agency { ${AGENCY_FIELDS} } reason }`;
const GRANT_FIELDS = `${RECORD_FIELDS} grantorName grantorMemberId representativeName`;

const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { ${GRANT_FIELDS} } }`;
const withdrawal = (fields: string) => `mutation ($id: ID!, $reason: String) {
  withdrawConsent(id: $id, reason: $reason) { ${fields} }
}`;
/** The first 100 of households' consents (none of this file's households has more). */
const consentsQuery = (fields: string) => `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Household { id consents(first: 100) { nodes { ${fields} } } }
  }
}`;

let subgraph: TestSubgraph;
let orm: MikroORM;

beforeAll(async () => {
  // Only the demo consents: this file tests the registry itself.
  subgraph = await startTestSubgraph(consent, { households: HOUSEHOLDS, consentFor: [] });
  orm = await openOrm({
    entities: consent.entities,
    migrations: consent.migrations,
    migrationsPath: consent.migrationsPath,
    clientUrl: subgraph.databaseUrl,
  });
}, 120_000);

afterAll(async () => {
  await orm?.close();
  await subgraph?.stop();
});

/** A complete, valid input for a household of its own (so its rows can be counted). */
function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    householdId: randomUUID(),
    grantorName: 'Erika Beispiel',
    recipientAgencyId: welfareDortmund.id,
    categories: ['HOUSING_SITUATION', 'RENT_ARREARS'],
    purposes: ['EVICTION_PREVENTION'],
    form: 'WRITTEN',
    informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
    informationLanguage: 'de',
    documentReference: 'EV-DO-2026-0001',
    ...overrides,
  };
}

async function record(
  input: Record<string, unknown>,
  caller: Partial<Caller> = CASEWORKER,
): Promise<GraphQLResponse<{ recordConsent: GrantData }>> {
  return subgraph.query<{ recordConsent: GrantData }>(RECORD, { input }, caller);
}

/** Records a valid consent (with overrides) and fails on any error. */
async function recorded(overrides: Record<string, unknown> = {}): Promise<GrantData> {
  const response = await record(validInput(overrides));
  expect(response.errors).toBeUndefined();
  return response.data!.recordConsent;
}

/** A consent that expired after it was recorded, read back once its validUntil has passed. */
async function expired(): Promise<GrantData> {
  // A minute ahead: recording it finishes before then, also on a busy machine.
  const validUntil = Date.now() + 60_000;
  const grant = await recorded({
    validFrom: iso(Date.now() - 10 * DAY),
    validUntil: iso(validUntil),
  });
  // Read back just after validUntil, without waiting for it (only Date is moved on).
  const [consents] = await atInstant(validUntil + 20, () => consentsOf([grant.household.id]));
  return consents![0]!;
}

async function withdraw(
  id: string,
  reason?: string | null,
  caller: Partial<Caller> = CASEWORKER,
  fields = GRANT_FIELDS,
): Promise<GraphQLResponse<{ withdrawConsent: GrantData }>> {
  return subgraph.query<{ withdrawConsent: GrantData }>(withdrawal(fields), { id, reason }, caller);
}

/**
 * The consents of households as the test caller reads them: without the names in them unless
 * asked for (of households the caller's agency did not record them for, it may not read them).
 */
async function consentsOf(
  householdIds: readonly string[],
  fields = RECORD_FIELDS,
  caller: Partial<Caller> = CASEWORKER,
): Promise<GrantData[][]> {
  const response = await subgraph.query<{
    _entities: { id: string; consents: { nodes: GrantData[] } }[];
  }>(
    consentsQuery(fields),
    { representations: householdIds.map((id) => ({ __typename: 'Household', id })) },
    caller,
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities.map((household) => household.consents.nodes);
}

/** The rows of a household's grants and their events, read straight from the database. */
async function rowsOf(householdId: string) {
  const em = orm.em.fork();
  const grants = await em.find(ConsentGrantSchema, { householdId });
  const events = await em.find(
    ConsentEventSchema,
    { grant: { householdId } },
    { orderBy: { at: 'asc', kind: 'asc' } },
  );
  return { grants, events };
}

function expectError(
  response: GraphQLResponse,
  code: string,
  field?: string,
  message?: RegExp,
): void {
  // Nothing answered: no data, or (a mutation's nullable field) null.
  expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions?.code).toBe(code);
  if (field !== undefined) expect(error!.extensions?.field).toBe(field);
  if (message) expect(error!.message).toMatch(message);
}

const iso = (time: number) => new Date(time).toISOString();

describe('the SDL and the consent policy', () => {
  const enumValues = (name: string): string[] => {
    const document = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));
    const node = document.definitions.find(
      (definition): definition is EnumTypeDefinitionNode =>
        definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name,
    );
    return (node?.values ?? []).map((value) => value.name.value).sort();
  };

  test.each([
    ['DataCategory', () => consentPolicy().categories],
    ['Purpose', () => consentPolicy().purposes],
    ['AgencyKind', () => consentPolicy().agencyKinds],
  ])('enum %s lists exactly the policy’s names', (name, names) => {
    expect(enumValues(name)).toEqual([...names()].sort());
  });

  // The gateway takes a token's agency_kind only if it is a kind of the policy, and a request's
  // purpose only if it is one of its purposes: the policy's names must fit where they are kept.
  test.each([
    [
      'agency kind',
      () => consentPolicy().agencyKinds,
      [
        AccessLogRecordSchema.meta.properties.agencyKind,
        ConsentGrantSchema.meta.properties.recipientAgencyKind,
        AgencySchema.meta.properties.kind,
      ],
    ],
    ['purpose', () => consentPolicy().purposes, [AccessLogRecordSchema.meta.properties.purpose]],
  ])('every %s of the policy fits the columns that keep it', (_what, names, columns) => {
    for (const column of columns) {
      expect(column.length).toEqual(expect.any(Number));
      for (const name of names()) expect(name.length).toBeLessThanOrEqual(column.length!);
    }
  });

  test('an agency id as long as the gateway takes (MAX_IDENTIFIER_LENGTH) fits where it is kept', () => {
    for (const column of [
      AccessLogRecordSchema.meta.properties.agencyId,
      ConsentEventSchema.meta.properties.agencyId,
      ConsentGrantSchema.meta.properties.recipientAgencyId,
      ConsentGrantSchema.meta.properties.recordedByAgencyId,
      AgencySchema.meta.properties.id,
    ]) {
      expect(column.length).toBe(MAX_IDENTIFIER_LENGTH);
    }
  });
});

describe('recordConsent validates its input', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['householdId must be a UUID', { householdId: 'household-1' }, 'householdId', /UUID/],
    ['grantorMemberId must be a UUID', { grantorMemberId: '42' }, 'grantorMemberId', /UUID/],
    ['grantorName must not be blank', { grantorName: '  \t ' }, 'grantorName', /blank/],
    [
      'grantorName is bounded',
      { grantorName: 'E'.repeat(201) },
      'grantorName',
      /at most 200 characters/,
    ],
    [
      'grantorName has no control characters',
      { grantorName: 'Erika\nBeispiel' },
      'grantorName',
      /control characters/,
    ],
    [
      'grantorName is not only invisible characters',
      { grantorName: '\u200b\u200b' },
      'grantorName',
      /blank/,
    ],
    [
      'grantorName is well-formed Unicode (no half of an emoji)',
      { grantorName: 'Erika \ud83d Beispiel' },
      'grantorName',
      /well-formed Unicode/,
    ],
    [
      'grantorName is bounded in characters, not UTF-16 units',
      { grantorName: '👩'.repeat(201) },
      'grantorName',
      /at most 200 characters/,
    ],
    [
      'representativeName, when given, must not be blank',
      { representativeName: ' ' },
      'representativeName',
      /blank/,
    ],
    [
      'documentReference must not be blank',
      { documentReference: '' },
      'documentReference',
      /blank/,
    ],
    [
      'documentReference is bounded',
      { documentReference: 'X'.repeat(101) },
      'documentReference',
      /at most 100 characters/,
    ],
    [
      'a recipient is required',
      { recipientAgencyId: null },
      'recipientAgencyId',
      /exactly one recipient/,
    ],
    [
      'only one recipient: an agency or a kind',
      { recipientAgencyKind: 'WELFARE_PROVIDER' },
      'recipientAgencyKind',
      /exactly one recipient/,
    ],
    [
      'the recipient agency must exist',
      { recipientAgencyId: 'welfare-atlantis' },
      'recipientAgencyId',
      /no agency welfare-atlantis/,
    ],
    ['categories must not be empty', { categories: [] }, 'categories', /at least one/],
    [
      'categories must not repeat',
      { categories: ['RENT_ARREARS', 'CONTACT', 'RENT_ARREARS'] },
      'categories',
      /RENT_ARREARS more than once/,
    ],
    ['purposes must not be empty', { purposes: [] }, 'purposes', /at least one/],
    [
      'purposes must not repeat',
      { purposes: ['TENANCY_SUPPORT', 'TENANCY_SUPPORT'] },
      'purposes',
      /TENANCY_SUPPORT more than once/,
    ],
    [
      'DATA_PROTECTION_SUPERVISION is not consentable',
      { purposes: ['EVICTION_PREVENTION', 'DATA_PROTECTION_SUPERVISION'] },
      'purposes',
      /DATA_PROTECTION_SUPERVISION is not a purpose a household can consent to/,
    ],
    [
      'recipientAgencyId has no control characters',
      { recipientAgencyId: 'housing-dortmund\u0000' },
      'recipientAgencyId',
      /control characters/,
    ],
    [
      'recipientAgencyId is at most 64 characters',
      { recipientAgencyId: 'a'.repeat(65) },
      'recipientAgencyId',
      /1 to 64 characters/,
    ],
    [
      'the recipient can declare every purpose',
      { recipientAgencyKind: 'LANDLORD', recipientAgencyId: null, purposes: ['TRAINING'] },
      'purposes',
      /no user of a LANDLORD may declare TRAINING/,
    ],
    [
      'the recipient agency can declare every purpose',
      { purposes: ['EVICTION_PREVENTION', 'TRAINING'] },
      'purposes',
      /no user of a WELFARE_PROVIDER may declare TRAINING/,
    ],
    [
      'no category is one the policy never releases to the recipient',
      {
        recipientAgencyKind: 'LANDLORD',
        recipientAgencyId: null,
        categories: ['TENANCY', 'HEALTH'],
        purposes: ['TENANCY_SUPPORT'],
      },
      'categories',
      /never releases HEALTH to a LANDLORD for TENANCY_SUPPORT/,
    ],
    ['validFrom must be an instant', { validFrom: 'tomorrow' }, 'validFrom', /ISO 8601 instant/],
    [
      'validFrom must be a real date',
      { validFrom: '2026-02-30T10:00:00Z' },
      'validFrom',
      /ISO 8601 instant/,
    ],
    [
      'validUntil must have an offset',
      { validUntil: '2027-01-01T10:00:00' },
      'validUntil',
      /ISO 8601 instant/,
    ],
    [
      'validUntil must lie before the year 10000 in UTC',
      { validUntil: '9999-12-31T23:59:59-14:00' },
      'validUntil',
      /from 1900 to 9999 \(UTC\)/,
    ],
    [
      'validFrom has at most three decimals of a second',
      { validFrom: '2026-12-01T10:00:00.1234Z' },
      'validFrom',
      /^validFrom must be an ISO 8601 instant with an offset and at most three decimals of a second/,
    ],
    [
      'validUntil has at most three decimals of a second (not cut to milliseconds)',
      { validUntil: '2027-06-30T00:00:00.123456Z' },
      'validUntil',
      /^validUntil must be an ISO 8601 instant with an offset and at most three decimals of a second/,
    ],
    [
      'validUntil must be later than validFrom',
      { validFrom: '2026-12-01T10:00:00Z', validUntil: '2026-11-30T10:00:00Z' },
      'validUntil',
      /must be later than validFrom/,
    ],
    [
      'validUntil must not equal validFrom (it is exclusive)',
      { validFrom: '2026-12-01T10:00:00Z', validUntil: '2026-12-01T11:00:00+01:00' },
      'validUntil',
      /must be later than validFrom/,
    ],
    [
      'a validUntil before the default validFrom (now) is refused',
      { validUntil: '2020-01-01T00:00:00Z' },
      'validUntil',
      /must be later than validFrom/,
    ],
    [
      'the person must have been informed of the purpose',
      { informedOf: ['CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW', 'RECIPIENTS'] },
      'informedOf',
      /missing: PURPOSE$/,
    ],
    [
      'the person must have been informed of the consequences of refusal',
      { informedOf: ['PURPOSE', 'RIGHT_TO_WITHDRAW'] },
      'informedOf',
      /missing: CONSEQUENCES_OF_REFUSAL$/,
    ],
    [
      'the person must have been informed of the right to withdraw',
      { informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'STORAGE_PERIOD'] },
      'informedOf',
      /missing: RIGHT_TO_WITHDRAW$/,
    ],
    [
      'informedOf must not repeat',
      { informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW', 'PURPOSE'] },
      'informedOf',
      /PURPOSE more than once/,
    ],
    [
      'informationLanguage is lower-case',
      { informationLanguage: 'DE' },
      'informationLanguage',
      /ISO 639-1/,
    ],
    [
      'informationLanguage has two letters',
      { informationLanguage: 'deu' },
      'informationLanguage',
      /ISO 639-1/,
    ],
    [
      'informationLanguage is a language',
      { informationLanguage: 'xx' },
      'informationLanguage',
      /ISO 639-1.*, not "xx"$/,
    ],
    [
      // Echoed escaped and cut at 20 characters, never in the middle of one.
      'informationLanguage is echoed as a JSON string',
      { informationLanguage: `\u001b[31m${'😀'.repeat(30)}` },
      'informationLanguage',
      /, not "\\u001b\[31m(😀){15}"$/,
    ],
    [
      'informationLanguage is echoed without C1 controls or bidi overrides',
      { informationLanguage: 'd\u009b\u202ee\u007f' },
      'informationLanguage',
      /, not "d\\u009b\\u202ee\\u007f"$/,
    ],
  ];

  test.each(cases)('%s', async (_rule, overrides, field, message) => {
    const input = validInput(overrides);
    const response = await record(input);
    expectError(response, 'BAD_USER_INPUT', field, message);
    expect(response.errors![0]!.extensions?.argument).toBe('input');
    if (typeof input.householdId === 'string' && /^[0-9a-f-]{36}$/.test(input.householdId)) {
      const { grants, events } = await rowsOf(input.householdId);
      expect(grants).toHaveLength(0);
      expect(events).toHaveLength(0);
    }
  });

  test('a category the SDL does not know is refused before the resolver runs', async () => {
    const input = validInput({ categories: ['PASSWORDS'] });
    const response = await record(input);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await rowsOf(input.householdId as string)).grants).toHaveLength(0);
  });
});

describe('recording a consent', () => {
  test('counts characters as the database does: 200 emoji are a name of 200', async () => {
    const grantorName = '👩'.repeat(200);
    const grant = await recorded({ grantorName, documentReference: '📄'.repeat(100) });
    expect(grant.grantorName).toBe(grantorName);
    expect(grant.documentReference).toBe('📄'.repeat(100));
  });

  test('stores it as given, with its GIVEN event, and reads it back the same', async () => {
    const before = Date.now();
    const householdId = randomUUID();
    const grant = await recorded({
      householdId: householdId.toUpperCase(),
      grantorMemberId: households[0]!.members[0]!.id,
      grantorName: '  Erika Beispiel ',
      representativeName: 'Max Betreuer',
      documentReference: ' EV-DO-2026-0002 ',
      categories: ['CONTACT', 'CONSENT_RECORDS'],
      purposes: ['EVICTION_PREVENTION', 'TENANCY_SUPPORT'],
      // Milliseconds, the finest the registry takes, are kept exactly.
      validUntil: '2099-01-01T00:00:00.125+01:00',
      informedOf: ['PURPOSE', 'RECIPIENTS', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
      informationLanguage: 'uk',
      form: 'ELECTRONIC',
    });
    const after = Date.now();

    expect(grant).toMatchObject({
      household: { id: householdId },
      recipientAgency: { id: welfareDortmund.id },
      recipientAgencyKind: null,
      categories: ['CONTACT', 'CONSENT_RECORDS'],
      purposes: ['EVICTION_PREVENTION', 'TENANCY_SUPPORT'],
      validUntil: '2098-12-31T23:00:00.125Z',
      form: 'ELECTRONIC',
      grantorName: 'Erika Beispiel',
      grantorMemberId: households[0]!.members[0]!.id,
      representativeName: 'Max Betreuer',
      informedOf: ['PURPOSE', 'RECIPIENTS', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
      informationLanguage: 'uk',
      documentReference: 'EV-DO-2026-0002',
      withdrawnAt: null,
      recordedByAgency: {
        id: 'housing-dortmund',
        kind: 'HOUSING_OFFICE',
        municipality: 'DORTMUND',
      },
      state: 'GIVEN',
    });
    // validFrom defaults to the moment of recording.
    expect(grant.validFrom).toBe(grant.recordedAt);
    expect(Date.parse(grant.recordedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(grant.recordedAt)).toBeLessThanOrEqual(after);
    expect(grant.history).toEqual([
      {
        kind: 'GIVEN',
        at: grant.recordedAt,
        actor: CASEWORKER.actor,
        agencyId: 'housing-dortmund',
        agency: { id: 'housing-dortmund', kind: 'HOUSING_OFFICE', municipality: 'DORTMUND' },
        reason: null,
      },
    ]);

    // The household's consents show it the same way.
    const [consents] = await consentsOf([householdId], GRANT_FIELDS);
    expect(consents).toEqual([grant]);

    // And so do the rows: recorded by the caller, for the caller's agency.
    const { grants, events } = await rowsOf(householdId);
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({
      id: grant.id,
      recordedBy: CASEWORKER.actor,
      recordedByAgencyId: 'housing-dortmund',
      grantorMemberId: households[0]!.members[0]!.id,
      withdrawnAt: null,
      withdrawnBy: null,
    });
    expect(events.map((event) => [event.kind, event.actor, event.agencyId])).toEqual([
      ['GIVEN', CASEWORKER.actor, 'housing-dortmund'],
    ]);
  });

  test('a consent may name a kind of agency instead of one agency', async () => {
    const grant = await recorded({ recipientAgencyId: null, recipientAgencyKind: 'JOBCENTER' });
    expect(grant).toMatchObject({
      recipientAgency: null,
      recipientAgencyKind: 'JOBCENTER',
      state: 'GIVEN',
    });
  });

  test('a household’s consents are listed newest first', async () => {
    const householdId = randomUUID();
    const first = await recorded({ householdId });
    const second = await recorded({ householdId, purposes: ['TENANCY_SUPPORT'] });
    const [consents] = await consentsOf([householdId]);
    expect(consents!.map((grant) => grant.id)).toEqual([second.id, first.id]);
  });
});

describe('recording the same consent again', () => {
  test('is refused with CONFLICT, naming the one recorded; nothing is written', async () => {
    const input = validInput({ validFrom: iso(Date.now() - DAY) });
    const first = await record(input);
    expect(first.errors).toBeUndefined();
    const consentId = first.data!.recordConsent.id;
    const again = await record(input);
    expectError(again, 'CONFLICT', undefined, /recorded already/);
    expect(again.errors![0]!.extensions?.consentId).toBe(consentId);
    const { grants, events } = await rowsOf(input.householdId as string);
    expect(grants.map((grant) => grant.id)).toEqual([consentId]);
    expect(events).toHaveLength(1);
  });

  test('at the same moment: one is recorded, the others are refused', async () => {
    const input = validInput({ validFrom: iso(Date.now() - DAY) });
    const answers = await Promise.all([record(input), record(input), record(input)]);
    const recorded = answers.filter((answer) => answer.errors === undefined);
    expect(recorded).toHaveLength(1);
    const consentId = recorded[0]!.data!.recordConsent.id;
    for (const answer of answers.filter((a) => a !== recorded[0])) {
      expectError(answer, 'CONFLICT');
      expect(answer.errors![0]!.extensions?.consentId).toBe(consentId);
    }
    expect((await rowsOf(input.householdId as string)).grants).toHaveLength(1);
  });

  test('without validFrom: a retry a moment later repeats it (both apply from their recording)', async () => {
    const input = validInput();
    const first = await recorded(input);
    const again = await record(input);
    expectError(again, 'CONFLICT');
    expect(again.errors![0]!.extensions?.consentId).toBe(first.id);
    // One that applies from a given instant is another consent.
    expect((await record({ ...input, validFrom: iso(Date.now() - DAY) })).errors).toBeUndefined();
  });

  test('in the same order or not: categories and purposes are sets', async () => {
    const input = validInput({
      validFrom: iso(Date.now() - DAY),
      categories: ['HOUSING_SITUATION', 'RENT_ARREARS'],
      purposes: ['EVICTION_PREVENTION', 'TENANCY_SUPPORT'],
    });
    await recorded(input);
    const reordered = await record({
      ...input,
      categories: ['RENT_ARREARS', 'HOUSING_SITUATION'],
      purposes: ['TENANCY_SUPPORT', 'EVICTION_PREVENTION'],
    });
    expectError(reordered, 'CONFLICT');
  });

  test('is recorded where anything differs, after a withdrawal, and by another agency', async () => {
    const validFrom = iso(Date.now() - DAY);
    const input = validInput({ validFrom });
    const first = await recorded(input);
    const differing = [
      { documentReference: 'EV-DO-2026-0002' },
      // Two members who sign one form: two consents.
      { grantorName: 'Emil Beispiel' },
      { grantorMemberId: households[0]!.members[0]!.id },
      { representativeName: 'Max Betreuer' },
      { categories: ['HOUSING_SITUATION'] },
      { purposes: ['TENANCY_SUPPORT'] },
      { validFrom: iso(Date.now() - 2 * DAY) },
      { validUntil: iso(Date.now() + 30 * DAY) },
      { recipientAgencyId: null, recipientAgencyKind: 'WELFARE_PROVIDER' },
    ];
    for (const overrides of differing) {
      const response = await record({ ...input, ...overrides });
      expect(response.errors).toBeUndefined();
    }
    // Withdrawn, it may be given again.
    expect((await withdraw(first.id)).errors).toBeUndefined();
    expect((await record(input)).errors).toBeUndefined();
    // Another agency's record is its own, even with the same contents.
    const otherOffice = await record(input, {
      ...CASEWORKER,
      actor: 'caseworker@housing-hagen',
      agencyId: 'housing-hagen',
    });
    expect(otherOffice.errors).toBeUndefined();
  });
});

describe('withdrawing a consent', () => {
  test('marks it withdrawn, adds a WITHDRAWN event and deletes nothing', async () => {
    const grant = await recorded();
    const householdId = grant.household.id;
    const before = Date.now();
    // The recipient withdraws it (the names in it are the household's identity data, which this
    // welfare provider may not read: they are left out).
    const response = await withdraw(
      grant.id,
      '  Widerruf am Telefon, schriftlich bestätigt  ',
      {
        ...CASEWORKER,
        actor: 'colleague@welfare',
        agencyId: welfareDortmund.id,
        agencyKind: 'WELFARE_PROVIDER',
      },
      RECORD_FIELDS,
    );
    expect(response.errors).toBeUndefined();
    const withdrawn = response.data!.withdrawConsent;

    expect(withdrawn.id).toBe(grant.id);
    expect(withdrawn.state).toBe('WITHDRAWN');
    expect(Date.parse(withdrawn.withdrawnAt!)).toBeGreaterThanOrEqual(before);
    // Each agency sees its own staff in the history, not the other's.
    expect(withdrawn.history).toEqual([
      { ...grant.history[0], actor: null },
      {
        kind: 'WITHDRAWN',
        at: withdrawn.withdrawnAt,
        actor: 'colleague@welfare',
        agencyId: welfareDortmund.id,
        agency: { id: welfareDortmund.id, kind: 'WELFARE_PROVIDER', municipality: 'DORTMUND' },
        reason: 'Widerruf am Telefon, schriftlich bestätigt',
      },
    ]);
    // Everything else is as it was recorded.
    const {
      state: _before,
      history: _given,
      withdrawnAt: _none,
      grantorName: _name,
      grantorMemberId: _member,
      representativeName: _representative,
      ...recordedFields
    } = grant;
    expect(withdrawn).toMatchObject(recordedFields);

    // Immediately visible to the next request (the recording agency's, here).
    const [consents] = await consentsOf([householdId]);
    expect(consents).toEqual([
      {
        ...withdrawn,
        history: [grant.history[0], { ...withdrawn.history[1], actor: null }],
      },
    ]);

    const { grants, events } = await rowsOf(householdId);
    expect(grants).toHaveLength(1);
    expect(grants[0]!.withdrawnBy).toBe('colleague@welfare');
    expect(events.map((event) => event.kind)).toEqual(['GIVEN', 'WITHDRAWN']);
  });

  test('without a reason', async () => {
    const grant = await recorded();
    const response = await withdraw(grant.id, '   ');
    expect(response.errors).toBeUndefined();
    expect(response.data!.withdrawConsent.history.map((event) => event.reason)).toEqual([
      null,
      null,
    ]);
  });

  test('twice is refused, and the first withdrawal stands', async () => {
    const grant = await recorded();
    const first = await withdraw(grant.id);
    expect(first.errors).toBeUndefined();
    const withdrawnAt = first.data!.withdrawConsent.withdrawnAt!;

    const second = await withdraw(grant.id);
    expectError(second, 'BAD_USER_INPUT', 'id', new RegExp(`already withdrawn at ${withdrawnAt}`));

    const { grants, events } = await rowsOf(grant.household.id);
    expect(grants[0]!.withdrawnAt!.toISOString()).toBe(withdrawnAt);
    expect(events.map((event) => event.kind)).toEqual(['GIVEN', 'WITHDRAWN']);
  });

  test('of an expired consent is refused', async () => {
    const validUntil = iso(Date.now() - DAY);
    const grant = await recorded({ validFrom: iso(Date.now() - 30 * DAY), validUntil });
    expect(grant.state).toBe('EXPIRED');
    expectError(
      await withdraw(grant.id),
      'BAD_USER_INPUT',
      'id',
      new RegExp(`expired on ${validUntil}`),
    );
    const { grants, events } = await rowsOf(grant.household.id);
    expect(grants[0]!.withdrawnAt).toBeNull();
    expect(events).toHaveLength(1);
  });

  test('of a consent that applies only later is allowed', async () => {
    const grant = await recorded({ validFrom: iso(Date.now() + 7 * DAY) });
    expect(grant.state).toBe('PENDING');
    const response = await withdraw(grant.id);
    expect(response.errors).toBeUndefined();
    expect(response.data!.withdrawConsent.state).toBe('WITHDRAWN');
  });

  test('of an unknown consent is NOT_FOUND', async () => {
    expectError(await withdraw(UNKNOWN_ID), 'NOT_FOUND', undefined, new RegExp(UNKNOWN_ID));
  });

  test("by an agency outside its part is NOT_FOUND, in an unknown id's words, whatever its state", async () => {
    const jobcenter = demoAgenciesOf('JOBCENTER', 'DORTMUND')[0]!;
    const outsider: Partial<Caller> = {
      ...CASEWORKER,
      actor: 'caseworker@jobcenter',
      agencyId: jobcenter.id,
      agencyKind: 'JOBCENTER',
    };
    // Recorded by housing-dortmund for a welfare provider: none of this Jobcenter's business.
    const open = await recorded();
    const closed = await recorded();
    expect((await withdraw(closed.id)).errors).toBeUndefined();
    for (const grant of [open, closed]) {
      const response = await withdraw(grant.id.toUpperCase(), null, outsider);
      expectError(response, 'NOT_FOUND');
      expect(response.errors![0]!.message).toBe(
        (await withdraw(UNKNOWN_ID, null, outsider)).errors![0]!.message.replace(
          UNKNOWN_ID,
          grant.id.toUpperCase(),
        ),
      );
    }
    const { grants, events } = await rowsOf(open.household.id);
    expect(grants[0]!.withdrawnAt).toBeNull();
    expect(events).toHaveLength(1);
  });

  test('by an agency of the kind it names is FORBIDDEN, naming the agency that recorded it', async () => {
    const grant = await recorded({
      recipientAgencyId: null,
      recipientAgencyKind: 'WELFARE_PROVIDER',
    });
    const response = await withdraw(grant.id, null, {
      ...CASEWORKER,
      actor: 'colleague@welfare',
      agencyId: welfareDortmund.id,
      agencyKind: 'WELFARE_PROVIDER',
    });
    expectError(
      response,
      'FORBIDDEN',
      undefined,
      /only by the agency that recorded it \(housing-dortmund\)/,
    );
    expect((await rowsOf(grant.household.id)).grants[0]!.withdrawnAt).toBeNull();
  });

  test('needs a UUID', async () => {
    expectError(await withdraw('consent-1'), 'BAD_USER_INPUT', 'id', /UUID/);
  });

  test('is dated when it holds the consent, not when the request began', async () => {
    const grant = await recorded();
    let withdrawal!: ReturnType<typeof withdraw>;
    let releasedAt = 0;
    // Another transaction holds the grant's row; the withdrawal waits for it.
    await orm.em.fork().transactional(async (tx) => {
      await tx.findOne(
        ConsentGrantSchema,
        { id: grant.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      withdrawal = withdraw(grant.id);
      await new Promise((resolve) => setTimeout(resolve, 300));
      releasedAt = Date.now();
    });
    const response = await withdrawal;
    expect(response.errors).toBeUndefined();
    const { withdrawnAt, state, history } = response.data!.withdrawConsent;
    expect(Date.parse(withdrawnAt!)).toBeGreaterThanOrEqual(releasedAt);
    expect(state).toBe('WITHDRAWN');
    expect(history.at(-1)).toMatchObject({ kind: 'WITHDRAWN', at: withdrawnAt });
  });

  test('by an agency outside its part is answered without waiting for a lock on it', async () => {
    const grant = await recorded();
    const outsider: Partial<Caller> = {
      ...CASEWORKER,
      actor: 'caseworker@jobcenter',
      agencyId: 'jobcenter-dortmund',
      agencyKind: 'JOBCENTER',
    };
    let refused!: Awaited<ReturnType<typeof withdraw>>;
    let answeredWhileHeld = false;
    // The owner's transaction holds the row throughout the outsider's request.
    await orm.em.fork().transactional(async (tx) => {
      await tx.findOne(
        ConsentGrantSchema,
        { id: grant.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      refused = await withdraw(grant.id, null, outsider);
      answeredWhileHeld = true;
    });
    expect(answeredWhileHeld).toBe(true);
    expectError(refused, 'NOT_FOUND', undefined, new RegExp(`^no consent ${grant.id}$`));
  });

  test('with an overlong reason is refused', async () => {
    const grant = await recorded();
    expectError(await withdraw(grant.id, 'x'.repeat(501)), 'BAD_USER_INPUT', 'reason', /500/);
    expect((await rowsOf(grant.household.id)).grants[0]!.withdrawnAt).toBeNull();
  });

  test.each([
    ['a NUL character', 'am Telefon\u0000', /control characters/],
    ['terminal escapes', 'ok\u001b[2J\u0007', /control characters/],
    ['half of an emoji', 'am Telefon \ud83d', /well-formed Unicode/],
  ])('with %s in its reason is refused', async (_what, reason, message) => {
    const grant = await recorded();
    expectError(await withdraw(grant.id, reason), 'BAD_USER_INPUT', 'reason', message);
    expect((await rowsOf(grant.household.id)).grants[0]!.withdrawnAt).toBeNull();
  });

  test('with a reason of invisible characters only: none', async () => {
    const grant = await recorded();
    const response = await withdraw(grant.id, '\u200b \u200b');
    expect(response.errors).toBeUndefined();
    expect(response.data!.withdrawConsent.history.at(-1)!.reason).toBeNull();
  });
});

describe('the state of a consent', () => {
  test('is EXPIRED once validUntil has passed', async () => {
    const grant = await expired();
    expect(grant.state).toBe('EXPIRED');
    expect(grant.history.map((event) => event.kind)).toEqual(['GIVEN', 'EXPIRED']);
    expect(grant.history[1]).toEqual({
      kind: 'EXPIRED',
      at: grant.validUntil,
      actor: null,
      agencyId: null,
      agency: null,
      reason: null,
    });
  });

  test('is PENDING while validFrom is to come, GIVEN in between', async () => {
    const pending = await recorded({ validFrom: iso(Date.now() + DAY) });
    expect(pending.state).toBe('PENDING');
    const given = await recorded({
      validFrom: iso(Date.now() - DAY),
      validUntil: iso(Date.now() + DAY),
    });
    expect(given.state).toBe('GIVEN');
  });

  const now = new Date('2026-11-23T12:00:00Z');
  const grant = (fields: Partial<ConsentGrant>): ConsentGrant => ({
    id: UNKNOWN_ID,
    householdId: UNKNOWN_ID,
    grantorName: 'Erika Beispiel',
    recipientAgencyId: welfareDortmund.id,
    categories: ['CONTACT'],
    purposes: ['EVICTION_PREVENTION'],
    validFrom: new Date('2026-01-01T00:00:00Z'),
    validUntil: null,
    form: 'WRITTEN',
    informedOf: [],
    informationLanguage: 'de',
    documentReference: 'EV',
    recordedBy: 'someone',
    recordedByAgencyId: 'housing-dortmund',
    recordedAt: new Date('2026-01-01T00:00:00Z'),
    withdrawnAt: null,
    ...fields,
  });

  test('follows the decisions’ notion of active at the edges', () => {
    expect(consentState(grant({}), now)).toBe('GIVEN');
    expect(consentState(grant({ validFrom: now }), now)).toBe('GIVEN');
    expect(consentState(grant({ validFrom: new Date(now.getTime() + 1) }), now)).toBe('PENDING');
    expect(consentState(grant({ validUntil: now }), now)).toBe('EXPIRED');
    expect(consentState(grant({ validUntil: new Date(now.getTime() + 1) }), now)).toBe('GIVEN');
    expect(consentState(grant({ withdrawnAt: now }), now)).toBe('WITHDRAWN');
    expect(consentState(grant({ withdrawnAt: now, validUntil: now }), now)).toBe('WITHDRAWN');
    // Dated after the request began, but committed before its row was read.
    expect(consentState(grant({ withdrawnAt: new Date(now.getTime() + 5) }), now)).toBe(
      'WITHDRAWN',
    );
  });

  test('its history agrees with its row: a withdrawal the row does not show yet is not in it', async () => {
    const row = grant({});
    const event = (kind: 'GIVEN' | 'WITHDRAWN', at: Date): ConsentEvent => ({
      id: randomUUID(),
      grant: row,
      kind,
      at,
      actor: 'someone',
      agencyId: 'housing-dortmund',
      reason: null,
    });
    // The row was read just before the withdrawal committed, its events just after.
    const events = [event('GIVEN', row.recordedAt), event('WITHDRAWN', now)];
    const history = ConsentGrantResolvers.history as unknown as (
      grant: ConsentGrant,
      args: object,
      context: Pick<ConsentContext, 'eventsByGrant' | 'now' | 'caller'>,
    ) => Promise<{ kind: string }[]>;
    const context = {
      eventsByGrant: { load: () => Promise.resolve(events) },
      now,
      caller: { agencyId: 'housing-dortmund', agencyKind: 'HOUSING_OFFICE' },
    } as never;
    expect((await history(row, {}, context)).map((entry) => entry.kind)).toEqual(['GIVEN']);
    const withdrawn = { ...row, withdrawnAt: now };
    expect((await history(withdrawn, {}, context)).map((entry) => entry.kind)).toEqual([
      'GIVEN',
      'WITHDRAWN',
    ]);
  });

  test('an expiry is an event of its history once validUntil has passed, unless withdrawn before', () => {
    const earlier = new Date(now.getTime() - 1);
    expect(expiredAt(grant({}), now)).toBeNull();
    expect(expiredAt(grant({ validUntil: new Date(now.getTime() + 1) }), now)).toBeNull();
    expect(expiredAt(grant({ validUntil: now }), now)).toEqual(now);
    expect(expiredAt(grant({ validUntil: now, withdrawnAt: earlier }), now)).toBeNull();
    expect(expiredAt(grant({ validUntil: now, withdrawnAt: now }), now)).toBeNull();
  });

  test('a consent recorded after it had run out expires, in its history, as it is recorded', async () => {
    const validUntil = iso(Date.now() - DAY);
    const grant = await recorded({ validFrom: iso(Date.now() - 30 * DAY), validUntil });
    expect(grant.state).toBe('EXPIRED');
    expect(grant.validUntil).toBe(validUntil);
    expect(grant.history.map((event) => [event.kind, event.at])).toEqual([
      ['GIVEN', grant.recordedAt],
      ['EXPIRED', grant.recordedAt],
    ]);
  });
});

describe('ISO 8601 instants', () => {
  test.each([
    ['2026-11-23T10:00:00Z', '2026-11-23T10:00:00.000Z'],
    ['2026-11-23T10:00Z', '2026-11-23T10:00:00.000Z'],
    ['2026-11-23T11:00:00.5+01:00', '2026-11-23T10:00:00.500Z'],
    ['2026-11-23T05:30:00.123-04:30', '2026-11-23T10:00:00.123Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
    ['9999-12-31T23:59:59+14:00', '9999-12-31T09:59:59.000Z'],
    ['1900-01-01T00:00:00-14:00', '1900-01-01T14:00:00.000Z'],
  ])('%s is %s', (text, expected) => {
    expect(parseInstant(text)?.toISOString()).toBe(expected);
  });

  test.each([
    '2026-11-23',
    '2026-11-23T10:00:00',
    '2026-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-11-23T24:00:00Z',
    '2026-11-23T10:60:00Z',
    '2026-11-23T10:00:00+15:00',
    '2026-11-23T10:00:00+14:59',
    '0050-01-01T00:00:00Z',
    // Out of range once the offset is applied (UTC 10000-01-01, 1899-12-31).
    '9999-12-31T23:59:59-00:01',
    '9999-12-31T23:59:59-14:00',
    '1900-01-01T05:00:00+09:00',
    ' 2026-11-23T10:00:00Z',
    '1764000000000',
    // Finer than a millisecond: never cut to one.
    '2026-11-23T05:30:00.123456-04:30',
    '2026-11-23T10:00:00.0001Z',
  ])('%s is not one', (text) => {
    expect(parseInstant(text)).toBeNull();
  });
});

describe('who may change the registry', () => {
  test.each([
    ['a trainer', { roles: ['trainer'], purpose: 'TRAINING' }],
    ['landlord staff', { roles: ['landlord_staff'], purpose: 'HOUSING_PLACEMENT' }],
    ['a data-protection officer', DPO],
    ['a user without roles', { roles: [] }],
  ])('%s may not record a consent', async (_who, caller) => {
    const input = validInput();
    expectError(await record(input, { ...CASEWORKER, ...caller }), 'FORBIDDEN');
    expect((await rowsOf(input.householdId as string)).grants).toHaveLength(0);
  });

  test('only a case worker may withdraw a consent', async () => {
    const grant = await recorded();
    expectError(
      await withdraw(grant.id, null, { ...CASEWORKER, roles: ['landlord_staff'] }),
      'FORBIDDEN',
    );
    expectError(await withdraw(grant.id, null, DPO), 'FORBIDDEN');
    const { grants, events } = await rowsOf(grant.household.id);
    expect(grants[0]!.withdrawnAt).toBeNull();
    expect(events).toHaveLength(1);
  });

  test('a case worker with further roles may', async () => {
    const response = await record(validInput(), {
      ...CASEWORKER,
      roles: ['data_protection_officer', 'caseworker'],
    });
    expect(response.errors).toBeUndefined();
  });
});

describe("the registry's database keeps its record, whatever the code does", () => {
  const sql = (statement: string, params: unknown[] = []) =>
    orm.em.getConnection().execute(statement, params);

  test('a grant is never deleted, and changes only by its withdrawal, once', async () => {
    const grant = await recorded();
    await expect(sql('delete from consent_grant where id = ?', [grant.id])).rejects.toThrow(
      /consent grants are never deleted/,
    );
    await expect(
      sql(`update consent_grant set categories = '{HEALTH}' where id = ?`, [grant.id]),
    ).rejects.toThrow(/changes only by its withdrawal/);
    // A withdrawal needs who withdrew it.
    await expect(
      sql('update consent_grant set withdrawn_at = now() where id = ?', [grant.id]),
    ).rejects.toThrow(/changes only by its withdrawal/);
    expect((await withdraw(grant.id)).errors).toBeUndefined();
    // Withdrawn once, for good: not undone, not dated anew.
    for (const change of ['withdrawn_at = null, withdrawn_by = null', 'withdrawn_at = now()']) {
      await expect(
        sql(`update consent_grant set ${change} where id = ?`, [grant.id]),
      ).rejects.toThrow(/changes only by its withdrawal/);
    }
    const { grants, events } = await rowsOf(grant.household.id);
    expect(grants).toHaveLength(1);
    expect(grants[0]!.withdrawnAt).not.toBeNull();
    expect(events.map((event) => event.kind)).toEqual(['GIVEN', 'WITHDRAWN']);
  });

  test('events and access-log records are never changed or deleted', async () => {
    const grant = await recorded();
    await expect(
      sql(`update consent_event set reason = 'x' where grant_id = ?`, [grant.id]),
    ).rejects.toThrow(/consent_event is append-only/);
    await expect(sql('delete from consent_event where grant_id = ?', [grant.id])).rejects.toThrow(
      /consent_event is append-only/,
    );
    // A record of an agency no test's officer reads: it stays (it cannot be taken away again).
    await sql(
      `insert into access_log_record (id, at, request_id, actor, agency_id, agency_kind, purpose,
         subgraph, household_ids, owner_agency_ids, fields, categories, "references", decisions)
       values (?, now(), 'r', 'a', 'jobcenter-nowhere', 'JOBCENTER', 'EVICTION_PREVENTION',
         'welfare', array[?]::uuid[], '[[]]', '{SupportCase.kind}', '{SUPPORT_NOTES}', '{}',
         '[[0, 0, false, "NO_CONSENT", null]]')`,
      [randomUUID(), grant.household.id],
    );
    await expect(
      sql(`update access_log_record set purpose = 'TRAINING' where ? = any(household_ids)`, [
        grant.household.id,
      ]),
    ).rejects.toThrow(/access_log_record is append-only/);
    await expect(
      sql('delete from access_log_record where ? = any(household_ids)', [grant.household.id]),
    ).rejects.toThrow(/access_log_record is append-only/);
    // Nor emptied at once.
    for (const table of ['consent_grant', 'consent_event', 'access_log_record']) {
      await expect(sql(`truncate ${table} cascade`)).rejects.toThrow(/is append-only/);
    }
    expect((await rowsOf(grant.household.id)).events).toHaveLength(1);
  });
});

describe("the registry's database dates its record near its own clock, whatever the code does", () => {
  // As the tables' owner, with the triggers on (ADR 0021); as the registry's own role in
  // test/service-role.test.ts.
  const sql = (statement: string) => orm.em.getConnection().execute(statement);
  const refusal = (instant: RegistryInstant) => ({
    code: INSTANT_OUT_OF_BOUNDS_CODE,
    message: expect.stringContaining(outOfBounds(instant)) as unknown,
  });
  const INSERTED: RegistryInstant[] = [
    'consent_grant.recorded_at',
    'consent_grant.withdrawn_at',
    'consent_event.at',
    'access_log_record.at',
  ];
  const dated = (instants: [string, string][]) =>
    INSERTED.flatMap((instant) => instants.map(([when, at]) => [instant, when, at] as const));
  /** An event belongs to a grant recorded here; a new grant is one of its own. */
  let recordedGrant: string;
  const grantFor = (instant: RegistryInstant) =>
    instant === 'consent_event.at' ? recordedGrant : randomUUID();
  beforeAll(async () => {
    recordedGrant = (await recorded()).id;
  });

  test.each(dated(FAR_INSTANTS))('a new %s dated %s is refused', async (instant, _when, at) => {
    await expect(sql(insertDated(instant, at, grantFor(instant)))).rejects.toMatchObject(
      refusal(instant),
    );
  });

  test.each(dated(NEAR_INSTANTS))('a new %s dated %s is written', async (instant, _when, at) => {
    await expect(sql(insertDated(instant, at, grantFor(instant)))).resolves.toBeDefined();
  });

  test("the bound is taken on the statement's clock, not on its transaction's start", async () => {
    // 58 s ahead of the statement's clock is within the bound; of a transaction begun 3.5 s
    // before, it would be 61.5 s ahead (now()), outside it.
    await orm.em.fork().transactional(async (tx) => {
      await tx.execute('select pg_sleep(3.5)');
      await tx.execute(
        insertDated('access_log_record.at', "clock_timestamp() + interval '58 seconds'"),
      );
    });
  });

  test('a withdrawal dated 2 minutes back, at -infinity or ahead is refused; one dated now is made', async () => {
    const grant = await recorded();
    for (const [, at] of FAR_INSTANTS) {
      await expect(sql(withdrawalDated(grant.id, at))).rejects.toMatchObject(
        refusal('consent_grant.withdrawn_at'),
      );
    }
    expect((await rowsOf(grant.household.id)).grants[0]!.withdrawnAt).toBeNull();
    await sql(withdrawalDated(grant.id, 'clock_timestamp()'));
    const [withdrawn] = (await rowsOf(grant.household.id)).grants;
    expect(Math.abs(withdrawn!.withdrawnAt!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  test('a registry whose clock is more than 60 s off records and withdraws nothing: SERVICE_UNAVAILABLE, not an internal error', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const grant = await recorded();
    for (const offset of [-120_000, 120_000]) {
      const input = validInput();
      const recording = await atInstant(Date.now() + offset, () => record(input));
      expect(recording.errors?.map((error) => error.extensions?.code)).toEqual([
        'SERVICE_UNAVAILABLE',
      ]);
      expect(await rowsOf(input.householdId as string)).toEqual({ grants: [], events: [] });
      const withdrawing = await atInstant(Date.now() + offset, () => withdraw(grant.id));
      expect(withdrawing.errors?.map((error) => error.extensions?.code)).toEqual([
        'SERVICE_UNAVAILABLE',
      ]);
      expect((await rowsOf(grant.household.id)).grants[0]!.withdrawnAt).toBeNull();
    }
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  test('a recording is dated once it holds the recording lock, not when its request began', async () => {
    const input = validInput();
    const asked = Date.now();
    let recording: Promise<GraphQLResponse<{ recordConsent: GrantData }>> | undefined;
    // Another recording of the household by the same agency holds the lock for a second.
    await orm.em.fork().transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
        `consent-recording:${input.householdId as string}:${CASEWORKER.agencyId!}`,
      ]);
      recording = record(input);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    });
    const response = await recording!;
    expect(response.errors).toBeUndefined();
    const [grant] = (await rowsOf(input.householdId as string)).grants;
    expect(grant!.recordedAt.getTime()).toBeGreaterThanOrEqual(asked + 1_000);
    // Without validFrom it applies from its recording.
    expect(grant!.validFrom.getTime()).toBe(grant!.recordedAt.getTime());
  });

  test('a grant recorded long ago is withdrawn: only the instant a statement writes is bounded', async () => {
    const id = randomUUID();
    await withRegistryTriggersOff(orm.em, 'consent_grant', (tx) =>
      tx.execute(
        insertDated('consent_grant.recorded_at', "clock_timestamp() - interval '30 days'", id),
      ),
    );
    // … and they fire always again, as the migrations left them, for everyone else.
    expect(
      await sql(
        "select distinct tgenabled from pg_trigger where tgrelid = 'consent_grant'::regclass and not tgisinternal",
      ),
    ).toEqual([{ tgenabled: 'A' }]);
    const response = await withdraw(id);
    expect(response.errors).toBeUndefined();
    expect(response.data!.withdrawConsent.state).toBe('WITHDRAWN');
  });
});

describe('a failed change leaves the data as it was', () => {
  // A constraint that refuses the events of one actor makes the second write of a change fail.
  const REFUSED = 'refused-actor@housing-dortmund';

  beforeAll(async () => {
    await orm.em
      .getConnection()
      .execute(
        `alter table consent_event add constraint test_refused_actor check (actor <> '${REFUSED}')`,
      );
  });
  afterAll(async () => {
    await orm.em
      .getConnection()
      .execute('alter table consent_event drop constraint test_refused_actor');
  });

  const quietly = async <T>(run: () => Promise<T>): Promise<T> => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      return await run();
    } finally {
      spy.mockRestore();
    }
  };

  test('recording: no grant without its GIVEN event', async () => {
    const input = validInput();
    const response = await quietly(() => record(input, { ...CASEWORKER, actor: REFUSED }));
    expectError(response, 'INTERNAL_SERVER_ERROR');
    const { grants, events } = await rowsOf(input.householdId as string);
    expect(grants).toHaveLength(0);
    expect(events).toHaveLength(0);
  });

  test('withdrawing: no withdrawal without its WITHDRAWN event', async () => {
    const grant = await recorded();
    const response = await quietly(() =>
      withdraw(grant.id, 'Widerruf', { ...CASEWORKER, actor: REFUSED }),
    );
    expectError(response, 'INTERNAL_SERVER_ERROR');
    const { grants, events } = await rowsOf(grant.household.id);
    expect(grants[0]!.withdrawnAt).toBeNull();
    expect(grants[0]!.withdrawnBy).toBeNull();
    expect(events.map((event) => event.kind)).toEqual(['GIVEN']);
    // And the consent can still be withdrawn properly.
    expect((await withdraw(grant.id)).data?.withdrawConsent.state).toBe('WITHDRAWN');
  });
});

describe("an agency's part of the consents", () => {
  const welfare: Partial<Caller> = {
    ...WELFARE_CASEWORKER,
    // No statutory basis for consent records: the welfare provider reads them as its own only.
    purpose: 'HOUSING_PLACEMENT',
  };
  const jobcenter: Partial<Caller> = {
    ...CASEWORKER,
    actor: 'caseworker@jobcenter',
    agencyId: 'jobcenter-dortmund',
    agencyKind: 'JOBCENTER',
  };

  test('stays its own when another agency records a consent it cannot see', async () => {
    const householdId = randomUUID();
    const own = await record(
      validInput({
        householdId,
        recipientAgencyId: welfareDortmund.id,
        categories: ['SUPPORT_NOTES'],
        purposes: ['TENANCY_SUPPORT'],
      }),
      welfare,
    );
    expect(own.errors).toBeUndefined();
    const read = () =>
      subgraph.query<{ _entities: { consents: { nodes: { id: string }[] } | null }[] }>(
        consentsQuery('id'),
        { representations: [{ __typename: 'Household', id: householdId }] },
        welfare,
      );
    const before = await read();
    expect(before.errors).toBeUndefined();
    expect(before.data!._entities[0]!.consents).toEqual({
      nodes: [{ id: own.data!.recordConsent.id }],
    });

    const other = await record(
      validInput({
        householdId,
        recipientAgencyId: 'jobcenter-dortmund',
        categories: ['HOUSING_SITUATION'],
        purposes: ['EVICTION_PREVENTION'],
      }),
      jobcenter,
    );
    expect(other.errors).toBeUndefined();
    // Nothing in the welfare provider's answer tells that another consent exists.
    expect(await read()).toEqual(before);
  });

  test('names as owner in the log only the agency whose records the answer held', async () => {
    // Agencies of Hagen: the access log's tests below read Dortmund's officers' logs whole.
    const welfareHagen: Partial<Caller> = {
      ...welfare,
      actor: 'caseworker@welfare-hagen-mitte',
      agencyId: 'welfare-hagen-mitte',
    };
    const jobcenterHagen: Partial<Caller> = {
      ...jobcenter,
      actor: 'caseworker@jobcenter-hagen',
      agencyId: 'jobcenter-hagen',
    };
    const householdId = randomUUID();
    const recordedByWelfare = async (recipientAgencyId: string) => {
      const response = await record(
        validInput({
          householdId,
          recipientAgencyId,
          categories: ['SUPPORT_NOTES'],
          purposes: ['TENANCY_SUPPORT'],
          documentReference: `OWNER-${recipientAgencyId}`,
        }),
        welfareHagen,
      );
      expect(response.errors).toBeUndefined();
    };
    /** The Jobcenter's read of the consents, and what the welfare provider's officer sees of it. */
    const readByJobcenter = async () => {
      const requestId = randomUUID();
      const read = await subgraph.query<{
        _entities: { consents: { nodes: { id: string }[] } | null }[];
      }>(
        consentsQuery('id'),
        { representations: [{ __typename: 'Household', id: householdId }] },
        { ...jobcenterHagen, requestId },
      );
      expect(read.errors).toBeUndefined();
      const seen = await subgraph.query<{ accessLog: { nodes: { ownerAgencyIds: string[] }[] } }>(
        'query ($requestId: ID!) { accessLog(requestId: $requestId, first: 10) { nodes { ownerAgencyIds } } }',
        { requestId },
        {
          ...DPO,
          actor: 'dpo@welfare-hagen-mitte',
          agencyId: 'welfare-hagen-mitte',
          agencyKind: 'WELFARE_PROVIDER',
        },
      );
      expect(seen.errors).toBeUndefined();
      return {
        consents: read.data!._entities[0]!.consents?.nodes,
        seenByWelfare: seen.data!.accessLog.nodes,
      };
    };

    // A consent the Jobcenter cannot see: its answer is empty, and the welfare provider's officer
    // does not learn that the Jobcenter asked about its client.
    await recordedByWelfare('welfare-hagen-mitte');
    const hidden = await readByJobcenter();
    expect(hidden.consents).toEqual([]);
    expect(hidden.seenByWelfare).toEqual([]);

    // One that names the Jobcenter: released to it, so the welfare provider's officer sees that.
    await recordedByWelfare('jobcenter-hagen');
    const shown = await readByJobcenter();
    expect(shown.consents).toHaveLength(1);
    expect(shown.seenByWelfare).toEqual([{ ownerAgencyIds: ['welfare-hagen-mitte'] }]);
  });
});

describe('the demo consents', () => {
  /** A case worker of the agency (as the test caller is one of housing-dortmund). */
  const caseworkerOf = (agency: { id: string; kind: string }): Partial<Caller> => ({
    ...CASEWORKER,
    actor: `caseworker@${agency.id}`,
    agencyId: agency.id,
    agencyKind: agency.kind,
  });

  test('were recorded by the household’s housing office, with their history', async () => {
    // Each household's consents as its housing office reads them (it recorded them all).
    const pairs = (
      await Promise.all(
        households.map(async (household) => {
          const office = demoAgenciesOf('HOUSING_OFFICE', household.municipality)[0]!;
          const [consents] = await consentsOf([household.id], RECORD_FIELDS, caseworkerOf(office));
          return consents!.map((grant) => ({ household, grant }));
        }),
      )
    ).flat();
    expect(pairs.length).toBeGreaterThan(0);
    for (const { household, grant } of pairs) {
      const office = demoAgenciesOf('HOUSING_OFFICE', household.municipality)[0]!;
      expect(grant.recordedByAgency?.id).toBe(office.id);
      expect(grant.history[0]).toMatchObject({ kind: 'GIVEN', at: grant.recordedAt });
      const ended = { WITHDRAWN: ['WITHDRAWN'], EXPIRED: ['EXPIRED'] }[grant.state] ?? [];
      expect(grant.history.map((event) => event.kind)).toEqual(['GIVEN', ...ended]);
    }
    const states = new Set(pairs.map(({ grant }) => grant.state));
    expect([...states].sort()).toEqual(['EXPIRED', 'GIVEN', 'WITHDRAWN']);
  });

  test('reading all households’ consents and histories costs as many statements as one', async () => {
    const ids = households.map((household) => household.id);
    // A welfare provider the demo consents name (in Hagen: the access log's tests below read
    // Dortmund's): it reads them, but did not record them, so its decisions are logged like most
    // of the others (own records are not logged).
    const reader = caseworkerOf(demoAgenciesOf('WELFARE_PROVIDER', 'HAGEN')[0]!);
    const [withConsent] = (await consentsOf(ids, RECORD_FIELDS, reader))
      .map((consents, index) => ({ id: ids[index]!, consents }))
      .filter(({ consents }) => consents.length > 0);
    expect(withConsent).toBeDefined();

    subgraph.statements.reset();
    await consentsOf([withConsent!.id], RECORD_FIELDS, reader);
    const forOne = subgraph.statements.total;

    subgraph.statements.reset();
    await consentsOf(ids, RECORD_FIELDS, reader);
    const forAll = subgraph.statements.total;

    expect(forOne).toBeGreaterThan(0);
    expect(forAll).toBe(forOne);
  });
});

describe('the access log', () => {
  const ACCESS_LOG = `query ($householdId: ID, $agencyId: ID, $requestId: ID, $from: String, $until: String, $first: Int!, $after: String) {
    accessLog(householdId: $householdId, agencyId: $agencyId, requestId: $requestId, from: $from, until: $until, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id at requestId actor agencyId agencyKind purpose householdId ownerAgencyIds category
        field subgraph released basis reference
      }
    }
  }`;
  /** The Jobcenter's officer: it asked for the other entries below and owns none of their data. */
  const JOBCENTER_OFFICER: Partial<Caller> = {
    ...DPO,
    actor: 'dpo@jobcenter-dortmund',
    agencyId: 'jobcenter-dortmund',
    agencyKind: 'JOBCENTER',
  };
  /** The officer of the welfare provider that asked for most of the entries below. */
  const OFFICER: Partial<Caller> = {
    ...DPO,
    actor: `dpo@${welfareDortmund.id}`,
    agencyId: welfareDortmund.id,
    agencyKind: 'WELFARE_PROVIDER',
  };

  interface EntryData {
    id: string;
    at: string;
    householdId: string;
    agencyId: string;
    basis: string;
  }
  interface Page {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: EntryData[];
  }

  const householdA = randomUUID();
  const householdB = randomUUID();
  const base = Date.parse('2026-11-20T08:00:00Z');

  /** An entry as the API lists it (`at` as a Date). */
  interface Entry {
    id: string;
    at: Date;
    requestId: string;
    actor: string;
    agencyId: string;
    agencyKind: string;
    purpose: string;
    householdId: string;
    ownerAgencyIds: string[];
    category: string;
    field: string;
    subgraph: string;
    released: boolean;
    basis: AccessBasis;
    reference: string | null;
  }
  let inserted: Entry[];
  /** What the welfare provider's officer may read: its own requests, and releases of its data. */
  let visible: Entry[];
  const readableBy = (agencyId: string) => (entry: Entry) =>
    entry.agencyId === agencyId || (entry.released && entry.ownerAgencyIds.includes(agencyId));

  /** A record as the registry writes it, and the entries it stands for. */
  function record(r: number, households: string[]): { row: AccessLogRecord; entries: Entry[] } {
    const agencyId = r % 4 === 0 ? 'jobcenter-dortmund' : welfareDortmund.id;
    const shared = {
      at: new Date(base + Math.floor(r / 3) * 60_000),
      requestId: `request-${r}`,
      actor: `demo-user@${agencyId}`,
      agencyId,
      agencyKind: agencyId.startsWith('jobcenter') ? 'JOBCENTER' : 'WELFARE_PROVIDER',
      purpose: 'EVICTION_PREVENTION',
      subgraph: r % 2 ? 'jobcenter' : 'welfare',
    };
    const id = randomUUID();
    const householdIds = [...new Set(households)];
    const row: AccessLogRecord = {
      id,
      ...shared,
      householdIds,
      // The welfare provider owns household A's data; B's has no sole owner.
      ownerAgencyIds: householdIds.map((household) =>
        household === householdA ? [welfareDortmund.id] : [],
      ),
      entriesByOwner: {},
      // Some records as a registry of the previous version wrote them (a rolling deploy): no
      // count of releases, so their owner's entries are counted from their decisions — the
      // Jobcenter's about household A (read by the welfare provider's officer as the owner: the
      // records the current registry writes are read so by the hub's tests) and some of its own.
      releasesByOwner: r === 4 || r % 3 === 2 ? null : {},
      fields: ['Household.tenancyWarnings', 'SupportCase.healthNotes'],
      categories: ['RENT_ARREARS', 'HEALTH'],
      references: ['§ 69 Abs. 1 Nr. 1 SGB X'],
      decisions: [],
    };
    const entries = households.map((householdId, k): Entry => {
      const n = 2 * r + k;
      const field = n % 2 ? 0 : 1;
      const basis = n % 3 === 0 ? 'STATUTORY' : n % 3 === 1 ? 'NO_CONSENT' : 'NEVER';
      row.decisions.push([
        row.householdIds.indexOf(householdId),
        field,
        basis === 'STATUTORY',
        basis,
        basis === 'STATUTORY' ? 0 : null,
      ]);
      // As the registry keeps it: the decisions about each owner's data, and the releases.
      if (householdId === householdA) {
        const owner = welfareDortmund.id;
        row.entriesByOwner[owner] = (row.entriesByOwner[owner] ?? 0) + 1;
        if (row.releasesByOwner && basis === 'STATUTORY') {
          row.releasesByOwner[owner] = (row.releasesByOwner[owner] ?? 0) + 1;
        }
      }
      return {
        id: `${id}:${k + 1}`,
        ...shared,
        householdId,
        ownerAgencyIds: householdId === householdA ? [welfareDortmund.id] : [],
        category: row.categories[field]!,
        field: row.fields[field]!,
        released: basis === 'STATUTORY',
        basis,
        reference: basis === 'STATUTORY' ? row.references[0]! : null,
      };
    });
    return { row, entries };
  }

  // A registry of its own: the tests below read all the log a welfare provider's or the
  // Jobcenter's officer may read, and other tests of this file log their agencies' requests
  // (Household.consent and Household.consents, say), which otherwise showed up here whenever
  // they ran first.
  let subgraph: TestSubgraph;
  let orm: MikroORM;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(consent, { households: 1, consentFor: [] });
    orm = await openOrm({
      entities: consent.entities,
      migrations: consent.migrations,
      migrationsPath: consent.migrationsPath,
      clientUrl: subgraph.databaseUrl,
    });
    // 8 records of 1 to 3 decisions about households A and B, by two agencies; some share their
    // instant, so the order falls back to the record id, then to the decision's place.
    const records = Array.from({ length: 8 }, (_, r) =>
      record(
        r,
        Array.from({ length: 1 + (r % 3) }, (_, k) =>
          (r + k) % 3 === 0 ? householdB : householdA,
        ),
      ),
    );
    inserted = records.flatMap(({ entries }) => entries);
    visible = inserted.filter(readableBy(welfareDortmund.id));
    // Dated days back, as a log kept for a while is: written with the triggers off, as the
    // registry itself may not (its instants lie near the database's clock, ADR 0021).
    await withRegistryTriggersOff(orm.em, 'access_log_record', async (tx) => {
      for (const { row } of records) tx.create(AccessLogRecordSchema, row);
      await tx.flush();
    });
  }, 120_000);

  afterAll(async () => {
    await orm?.close();
    await subgraph?.stop();
  });

  async function accessLog(
    variables: Record<string, unknown>,
    caller: Partial<Caller> = OFFICER,
  ): Promise<GraphQLResponse<{ accessLog: Page }>> {
    return subgraph.query<{ accessLog: Page }>(ACCESS_LOG, { first: 50, ...variables }, caller);
  }

  async function allPages(
    variables: Record<string, unknown>,
    first: number,
    caller: Partial<Caller> = OFFICER,
  ) {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const response = await accessLog({ ...variables, first, after }, caller);
      expect(response.errors).toBeUndefined();
      const page = response.data!.accessLog;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 50);
    return pages;
  }

  /** Newest first: by instant, then record id, then the decision's place, all descending. */
  const newestFirst = (rows: readonly Entry[]) => {
    const key = (row: Entry) => {
      const [recordId = '', n = '0'] = row.id.split(':');
      return { recordId, n: Number(n) };
    };
    return [...rows]
      .sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        return (
          b.at.getTime() - a.at.getTime() ||
          (ka.recordId < kb.recordId ? 1 : ka.recordId > kb.recordId ? -1 : kb.n - ka.n)
        );
      })
      .map((row) => row.id);
  };

  test('lists a household’s entries newest first, with every field', async () => {
    const response = await accessLog({ householdId: householdA });
    expect(response.errors).toBeUndefined();
    const page = response.data!.accessLog;
    const expected = visible.filter((row) => row.householdId === householdA);
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.nodes.map((node) => node.id)).toEqual(newestFirst(expected));
    // One the welfare provider asked for, and one it reads as the owner of household A's data:
    // another agency's staff member is not named to it.
    const own = expected.find((row) => row.agencyId === welfareDortmund.id)!;
    expect(page.nodes.find((node) => node.id === own.id)).toEqual({
      ...own,
      at: own.at.toISOString(),
    });
    const owned = expected.find((row) => row.agencyId !== welfareDortmund.id)!;
    expect(owned.ownerAgencyIds).toEqual([welfareDortmund.id]);
    expect(page.nodes.find((node) => node.id === owned.id)).toEqual({
      ...owned,
      at: owned.at.toISOString(),
      actor: null,
    });
  });

  test('shows the owners of the data only to their own officers', async () => {
    const response = await accessLog({ householdId: householdA, first: 100 }, JOBCENTER_OFFICER);
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.accessLog.nodes as (EntryData & { ownerAgencyIds: string[] })[];
    expect(nodes.length).toBeGreaterThan(0);
    // The Jobcenter asked about household A, whose data the welfare provider owns: it does not
    // learn whose client the household is.
    expect(nodes.every((node) => node.ownerAgencyIds.length === 0)).toBe(true);
  });

  test('filters by agency, and by household and agency', async () => {
    const byAgency = await accessLog({ agencyId: 'jobcenter-dortmund' });
    expect(byAgency.errors).toBeUndefined();
    // Only these tests write to this database's log. The Jobcenter's entries about data the
    // welfare provider owns (household A), none about household B.
    const all = visible.filter((row) => row.agencyId === 'jobcenter-dortmund');
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((row) => row.householdId === householdA)).toBe(true);
    expect(byAgency.data!.accessLog.nodes.map((node) => node.id)).toEqual(newestFirst(all));

    const both = await accessLog({ householdId: householdB, agencyId: welfareDortmund.id });
    const expected = visible.filter(
      (row) => row.householdId === householdB && row.agencyId === welfareDortmund.id,
    );
    expect(both.data!.accessLog.totalCount).toBe(expected.length);
    expect(both.data!.accessLog.nodes.map((node) => node.id)).toEqual(newestFirst(expected));
  });

  test('filters by time: decisions made at or after from and before until', async () => {
    // The records' instants are base, base + 1 min and base + 2 min.
    const minute = (m: number) => new Date(base + m * 60_000);
    const within = (from: Date, until: Date) =>
      visible.filter((row) => row.at >= from && row.at < until);
    const middle = within(minute(1), minute(2));
    expect(middle.length).toBeGreaterThan(0);
    // The same instant with an offset; paged one entry at a time.
    const pages = await allPages(
      { from: '2026-11-20T09:01:00+01:00', until: minute(2).toISOString() },
      1,
    );
    expect(pages.flatMap((page) => page.nodes.map((node) => node.id))).toEqual(newestFirst(middle));
    expect(pages[0]!.totalCount).toBe(middle.length);
    const fromOnly = await accessLog({ from: minute(1).toISOString() });
    expect(fromOnly.data!.accessLog.nodes.map((node) => node.id)).toEqual(
      newestFirst(within(minute(1), minute(60))),
    );
    const untilOnly = await accessLog({ until: minute(1).toISOString() });
    expect(untilOnly.data!.accessLog.nodes.map((node) => node.id)).toEqual(
      newestFirst(within(minute(-60), minute(1))),
    );
    // With a household, as an owner's officer would ask for an access request.
    const household = await accessLog({
      householdId: householdA,
      from: minute(1).toISOString(),
      until: minute(2).toISOString(),
    });
    expect(household.data!.accessLog.nodes.map((node) => node.id)).toEqual(
      newestFirst(middle.filter((row) => row.householdId === householdA)),
    );
  });

  test('refuses a time that is no instant, and an empty range', async () => {
    const notInstant = await accessLog({ from: '20.11.2026' });
    expectError(notInstant, 'BAD_USER_INPUT');
    expect(notInstant.errors![0]!.message).toBe(
      'from must be an ISO 8601 instant with an offset and at most three decimals of a second, from 1900 to 9999 (UTC), e.g. 2026-11-23T10:00:00Z',
    );
    expect(notInstant.errors![0]!.extensions).toMatchObject({ argument: 'from' });
    const tooFine = await accessLog({ until: '2026-11-20T09:00:00.0001Z' });
    expectError(tooFine, 'BAD_USER_INPUT');
    expect(tooFine.errors![0]!.message).toBe(
      'until must be an ISO 8601 instant with an offset and at most three decimals of a second, from 1900 to 9999 (UTC), e.g. 2026-11-23T10:00:00Z',
    );
    expect(tooFine.errors![0]!.extensions).toMatchObject({ argument: 'until' });
    const empty = await accessLog({
      from: '2026-11-20T09:00:00Z',
      until: '2026-11-20T10:00:00+01:00',
    });
    expectError(empty, 'BAD_USER_INPUT');
    expect(empty.errors![0]!.message).toBe(
      'until (2026-11-20T09:00:00.000Z) must be later than from (2026-11-20T09:00:00.000Z)',
    );
  });

  test('pages through the whole log without gaps or repeats', async () => {
    const expected = newestFirst(visible.filter((row) => row.householdId === householdA));
    const pages = await allPages({ householdId: householdA }, 3);
    expect(pages).toHaveLength(Math.ceil(expected.length / 3));
    expect(pages.flatMap((page) => page.nodes.map((node) => node.id))).toEqual(expected);
    expect(pages.every((page) => page.totalCount === expected.length)).toBe(true);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    expect(pages.slice(0, -1).every((page) => page.pageInfo.hasNextPage)).toBe(true);
  });

  test('pages through all an officer may read, across records they see only in part', async () => {
    // The Jobcenter's records about households A and B show the welfare provider only A's entries.
    const expected = newestFirst(visible);
    expect(visible.length).toBeLessThan(inserted.length);
    for (const first of [1, 2, 5]) {
      const pages = await allPages({}, first);
      expect(pages.flatMap((page) => page.nodes.map((node) => node.id))).toEqual(expected);
      expect(pages.every((page) => page.totalCount === expected.length)).toBe(true);
    }
  });

  test.each([1, 2, 3])(
    'reads the same entries %d record(s) a round as all at once',
    async (recordsPerRound) => {
      const filter = { readerAgencyId: welfareDortmund.id };
      const all = await readAccessLog(orm.em.fork(), filter, 100);
      expect(all.map((entry) => entryIdText(entry.id))).toEqual(newestFirst(visible));
      const pages: string[] = [];
      let after: EntryId | undefined;
      do {
        const page = await readAccessLog(orm.em.fork(), filter, 2, after, recordsPerRound);
        pages.push(...page.map((entry) => entryIdText(entry.id)));
        after = page.length === 2 ? page.at(-1)!.id : undefined;
      } while (after);
      expect(pages).toEqual(newestFirst(visible));
    },
  );

  test('orders entries written within one millisecond by the database’s full precision', async () => {
    // Requests of an agency of their own: the other tests read all the welfare provider's and the
    // Jobcenter's entries, and these would be among them whenever this test ran first.
    const agencyId = 'welfare-microseconds';
    const household = randomUUID();
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    // Microseconds apart, in an order that is not the ids' order.
    const instants = [
      '2026-11-21T09:00:00.000300Z',
      '2026-11-21T09:00:00.000100Z',
      '2026-11-21T09:00:00.000200Z',
    ];
    // Instants of the past (ADR 0021): written with the triggers off.
    await withRegistryTriggersOff(orm.em, 'access_log_record', async (tx) => {
      for (const [index, id] of ids.entries()) {
        await tx.execute(
          `insert into access_log_record (id, at, request_id, actor, agency_id, agency_kind, purpose,
             subgraph, household_ids, owner_agency_ids, fields, categories, "references", decisions)
           values (?, ?, 'r', 'a', ?, 'WELFARE_PROVIDER', 'EVICTION_PREVENTION',
             'jobcenter', array[?]::uuid[], '[[]]', '{Household.tenancyWarnings}', '{RENT_ARREARS}',
             '{}', '[[0, 0, false, "NO_CONSENT", null]]')`,
          [id, instants[index], agencyId, household],
        );
      }
    });
    const pages = await allPages({ householdId: household }, 1, {
      ...OFFICER,
      actor: `dpo@${agencyId}`,
      agencyId,
    });
    expect(pages.flatMap((page) => page.nodes.map((node) => node.id))).toEqual(
      [ids[0], ids[2], ids[1]].map((id) => `${id}:1`),
    );
  });

  test("an officer reads only their own agency's requests and the data it owns", async () => {
    const own = await accessLog({ first: 100 }, JOBCENTER_OFFICER);
    expect(own.errors).toBeUndefined();
    expect(own.data!.accessLog.nodes.map((node) => node.id)).toEqual(
      newestFirst(inserted.filter(readableBy('jobcenter-dortmund'))),
    );
    // Not the welfare provider's requests, even filtered by that agency.
    const other = await accessLog({ agencyId: welfareDortmund.id }, JOBCENTER_OFFICER);
    expect(other.data!.accessLog).toMatchObject({ totalCount: 0, nodes: [] });
    // An agency that neither asked nor owns any of it reads nothing.
    const housing = await accessLog({ householdId: householdA }, DPO);
    expect(housing.errors).toBeUndefined();
    expect(housing.data!.accessLog).toMatchObject({ totalCount: 0, nodes: [] });
  });

  test.each([
    ['a case worker', CASEWORKER],
    [
      'a data-protection officer declaring another purpose',
      { ...DPO, purpose: 'CASE_COORDINATION' },
    ],
    [
      'a case worker declaring the supervision purpose',
      { ...CASEWORKER, purpose: 'DATA_PROTECTION_SUPERVISION' },
    ],
  ])('is not for %s', async (_who, caller) => {
    expectError(await accessLog({ householdId: householdA }, caller), 'FORBIDDEN');
  });

  test.each([0, 101, -1])('refuses first: %d', async (first) => {
    const response = await accessLog({ first });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/first must be between 1 and 100/);
  });

  test('allows first: 100', async () => {
    expect((await accessLog({ first: 100 })).errors).toBeUndefined();
  });

  test.each([
    ['agencyId', 'jobcenter-dortmund\u0000'],
    ['requestId', 'r'.repeat(65)],
    ['requestId', ''],
    ['agencyId', ''],
  ])('refuses a malformed %s: %j', async (argument, value) => {
    expectError(await accessLog({ [argument]: value }), 'BAD_USER_INPUT', undefined, /1 to 64/);
  });

  test('takes only a cursor of the very list it pages: this officer, this filter', async () => {
    const cursorOf = (entry: Entry) => {
      const [recordId = '', n = ''] = entry.id.split(':');
      return encodeEntryCursor({ recordId, n: Number(n) });
    };
    const mine = visible.find((entry) => entry.householdId === householdA)!;
    const notMine = inserted.find((entry) => !readableBy(welfareDortmund.id)(entry))!;
    const [recordId] = mine.id.split(':');
    const valid = cursorOf(mine);
    expect((await accessLog({ after: valid, first: 1 })).errors).toBeUndefined();
    const refused: [string, Record<string, unknown>][] = [
      ['an entry the officer may not see', { after: cursorOf(notMine) }],
      ['an entry outside the filter', { after: valid, householdId: householdB }],
      [
        'a record that does not exist',
        { after: encodeEntryCursor({ recordId: randomUUID(), n: 1 }) },
      ],
      [
        'a place the record does not have',
        { after: encodeEntryCursor({ recordId: recordId!, n: 99 }) },
      ],
      ['a cursor with more behind it', { after: `${valid}!!!` }],
      ['a cursor in plain base64', { after: Buffer.from(`${mine.id}`).toString('base64') }],
      ['a third part', { after: Buffer.from(`${mine.id}:1`).toString('base64url') }],
      [
        'an upper-case record id',
        { after: Buffer.from(mine.id.toUpperCase()).toString('base64url') },
      ],
      ['an empty cursor', { after: '' }],
    ];
    for (const [what, variables] of refused) {
      const response = await accessLog(variables);
      expect([what, response.errors?.[0]?.message]).toEqual([
        what,
        'after is not a cursor returned by this list',
      ]);
      expectError(response, 'BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.argument).toBe('after');
    }
  });

  test('refuses a malformed cursor and a malformed household id', async () => {
    expectError(
      await accessLog({ after: 'bm90LWEtY3Vyc29y' }),
      'BAD_USER_INPUT',
      undefined,
      /after/,
    );
    expectError(
      await accessLog({ householdId: 'household-1' }),
      'BAD_USER_INPUT',
      undefined,
      /UUID/,
    );
  });
});

describe('the access-log migration to records (ADR 0007)', () => {
  test('keeps every earlier entry, as a record of one decision', async () => {
    await withScratchDatabase(consent, async (scratch) => {
      const migrator = scratch.getMigrator();
      await migrator.up({ to: 'Migration20261123185027' }); // the last one with a row per entry
      const household = randomUUID();
      const entries = [
        ['2026-11-20T08:00:00.000001Z', true, 'STATUTORY', '§ 69 Abs. 1 Nr. 1 SGB X'],
        ['2026-11-20T08:00:00.000002Z', false, 'NO_CONSENT', null],
      ] as const;
      for (const [at, released, basis, reference] of entries) {
        await scratch.em.getConnection().execute(
          `insert into access_log_entry (id, at, request_id, actor, agency_id, agency_kind,
             purpose, household_id, category, field, subgraph, released, basis, reference)
           values (?, ?, 'r-1', 'a@jobcenter-dortmund', 'jobcenter-dortmund', 'JOBCENTER',
             'EVICTION_PREVENTION', ?, 'RENT_ARREARS', 'Household.tenancyWarnings', 'jobcenter',
             ?, ?, ?)`,
          [randomUUID(), at, household, released, basis, reference],
        );
      }
      await migrator.up();
      expect(await migrator.checkMigrationNeeded()).toBe(false);

      // Logged before owners were: the asking agency's officer reads them, nobody else.
      const read = (readerAgencyId: string) =>
        readAccessLog(scratch.em.fork(), { readerAgencyId, householdId: household }, 10);
      expect(await read('housing-dortmund')).toEqual([]);
      const listed = await read('jobcenter-dortmund');
      expect(
        listed.map(({ id: _id, at, ...entry }) => ({ at: at.toISOString(), ...entry })),
      ).toEqual(
        [...entries].reverse().map(([at, released, basis, reference]) => ({
          at: new Date(at).toISOString(),
          requestId: 'r-1',
          actor: 'a@jobcenter-dortmund',
          agencyId: 'jobcenter-dortmund',
          agencyKind: 'JOBCENTER',
          purpose: 'EVICTION_PREVENTION',
          householdId: household,
          ownerAgencyIds: [],
          category: 'RENT_ARREARS',
          field: 'Household.tenancyWarnings',
          subgraph: 'jobcenter',
          released,
          basis,
          reference,
        })),
      );
    });
  });
});

describe('the access-log migrations that count entries per owner', () => {
  test('count the decisions about each owning agency’s data in each record, and the releases apart', async () => {
    await withScratchDatabase(consent, async (scratch) => {
      const migrator = scratch.getMigrator();
      await migrator.up({ to: 'Migration20261124153205' });
      const [owned, unowned] = [randomUUID(), randomUUID()];
      await scratch.em.getConnection().execute(
        `insert into access_log_record (id, at, request_id, actor, agency_id, agency_kind, purpose,
           subgraph, household_ids, owner_agency_ids, fields, categories, "references", decisions)
         values (?, now(), 'r', 'a', 'jobcenter-dortmund', 'JOBCENTER', 'EVICTION_PREVENTION',
           'welfare', array[?, ?]::uuid[], '[["welfare-a"], []]', '{SupportCase.kind}',
           '{SUPPORT_NOTES}', '{}',
           '[[0, 0, false, "NO_CONSENT", null], [1, 0, true, "STATUTORY", null],
             [0, 0, true, "STATUTORY", null], [0, 0, true, "STATUTORY", null]]')`,
        [randomUUID(), owned, unowned],
      );
      await migrator.up();
      const counts = () =>
        scratch.em
          .getConnection()
          .execute<{ all: Record<string, number>; releases: Record<string, number> | null }[]>(
            'select entries_by_owner as "all", releases_by_owner as releases from access_log_record',
          );
      // Every decision about the owner's data (for a registry of the previous version), and the
      // releases alone, which its officer reads.
      expect(await counts()).toEqual([{ all: { 'welfare-a': 3 }, releases: { 'welfare-a': 2 } }]);
      // Undone: the count of releases is gone, the other stays.
      await migrator.down({ to: 'Migration20261125013000' });
      const rows = await scratch.em
        .getConnection()
        .execute<{ all: Record<string, number> }[]>(
          'select entries_by_owner as "all" from access_log_record',
        );
      expect(rows).toEqual([{ all: { 'welfare-a': 3 } }]);
    });
  });
});

describe('recordedConsents', () => {
  // An agency no other test records for: its list holds only this block's consents.
  const jobcenter: Partial<Caller> = {
    ...CASEWORKER,
    actor: 'caseworker@jobcenter-recklinghausen',
    agencyId: 'jobcenter-recklinghausen',
    agencyKind: 'JOBCENTER',
  };
  const officer: Partial<Caller> = {
    ...DPO,
    actor: 'dpo@jobcenter-recklinghausen',
    agencyId: 'jobcenter-recklinghausen',
    agencyKind: 'JOBCENTER',
  };
  interface Page {
    recordedConsents: {
      nodes: { id: string; recordedAt: string; state: string; household: { id: string } }[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      totalCount: number;
    };
  }
  const page = (variables: { first?: number; after?: string }, caller = officer) =>
    subgraph.query<Page>(
      `query ($first: Int!, $after: String) {
        recordedConsents(first: $first, after: $after) {
          nodes { id recordedAt state household { id } }
          pageInfo { endCursor hasNextPage }
          totalCount
        }
      }`,
      { first: 50, ...variables },
      caller,
    );
  let ids: string[];

  beforeAll(async () => {
    ids = [];
    for (let n = 0; n < 5; n += 1) {
      const response = await record(
        validInput({ recipientAgencyId: null, recipientAgencyKind: 'WELFARE_PROVIDER' }),
        jobcenter,
      );
      expect(response.errors).toBeUndefined();
      ids.push(response.data!.recordConsent.id);
    }
    // One withdrawn: the list keeps it, with its state.
    expect((await withdraw(ids[1]!, null, jobcenter)).errors).toBeUndefined();
  });

  test('lists the agency’s own consents newest first, withdrawn ones included, and logs nothing', async () => {
    const requestId = randomUUID();
    const response = await page({}, { ...officer, requestId });
    expect(response.errors).toBeUndefined();
    const { nodes, totalCount, pageInfo } = response.data!.recordedConsents;
    expect(nodes.map((node) => node.id)).toEqual([...ids].reverse());
    expect(nodes.find((node) => node.id === ids[1])!.state).toBe('WITHDRAWN');
    expect(totalCount).toBe(5);
    expect(pageInfo.hasNextPage).toBe(false);
    const log = await subgraph.query<{ accessLog: { totalCount: number } }>(
      'query ($requestId: ID!) { accessLog(requestId: $requestId, first: 10) { totalCount } }',
      { requestId },
      officer,
    );
    expect(log.data!.accessLog.totalCount).toBe(0);
  });

  test('pages through them without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const response = await page({ first: 2, after });
      expect(response.errors).toBeUndefined();
      const { nodes, pageInfo, totalCount } = response.data!.recordedConsents;
      expect(totalCount).toBe(5);
      seen.push(...nodes.map((node) => node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor!;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  test('shows another agency’s officer only its own', async () => {
    const response = await page({}, { ...officer, agencyId: 'jobcenter-hagen', actor: 'dpo@jc' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.recordedConsents.nodes.map((node) => node.id)).not.toEqual(
      expect.arrayContaining([ids[0]]),
    );
  });

  test.each([
    ['a case worker', { roles: ['caseworker'] }],
    ['an officer declaring another purpose', { purpose: 'CASE_COORDINATION' }],
  ])('is refused to %s: FORBIDDEN', async (_who, caller) => {
    const response = await page({}, { ...officer, ...caller });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test.each([0, 101])('refuses first: %d', async (first) => {
    const response = await page({ first });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });

  test('pages consents recorded within one millisecond by the database’s full precision', async () => {
    // Rows written by SQL (an import, a restore) may carry microseconds the API never writes.
    const agencyId = 'jobcenter-microseconds';
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    await withRegistryTriggersOff(orm.em, 'consent_grant', async (tx) => {
      for (const [n, id] of ids.entries()) {
        await tx.execute(insertDated('consent_grant.recorded_at', 'now()', id));
        await tx.execute(
          `update consent_grant set recorded_by_agency_id = ?,
             recorded_at = timestamptz '2026-11-25 08:00:00.123${['6', '4', '0'][n]}00+00'
           where id = ?`,
          [agencyId, id],
        );
      }
    });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const response = await page({ first: 1, after }, { ...officer, agencyId });
      expect(response.errors).toBeUndefined();
      const { nodes, pageInfo, totalCount } = response.data!.recordedConsents;
      expect(totalCount).toBe(3);
      seen.push(...nodes.map((node) => node.id));
      after = pageInfo.hasNextPage ? pageInfo.endCursor! : undefined;
    } while (after);
    expect(seen).toEqual(ids);
  });

  test.each([
    ['not a cursor', 'not-a-cursor'],
    ['an unknown consent', Buffer.from(UNKNOWN_ID).toString('base64url')],
    ['in capitals', Buffer.from('AAAAAAAA-0000-4000-8000-00000000000A').toString('base64url')],
    ['with more after it', Buffer.from(`${UNKNOWN_ID}|x`).toString('base64url')],
  ])('refuses a cursor it did not hand out: %s', async (_case, after) => {
    const response = await page({ after });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
  });

  test('refuses a cursor of another agency’s list', async () => {
    const theirs = await page({ first: 1 });
    const after = theirs.data!.recordedConsents.pageInfo.endCursor!;
    const response = await page({ after }, { ...officer, agencyId: 'jobcenter-hagen' });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
  });
});

describe('Household.consents, page by page', () => {
  interface Connection {
    nodes: { id: string; recordedAt: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  }
  /** A page of a household's consents as `caller` reads them through _entities. */
  const page = (
    householdId: string,
    variables: { first?: number; after?: string | null },
    caller: Partial<Caller> = CASEWORKER,
  ) =>
    subgraph.query<{ _entities: { consents: Connection | null }[] }>(
      `query ($representations: [_Any!]!, $first: Int!, $after: String) {
        _entities(representations: $representations) {
          ... on Household {
            consents(first: $first, after: $after) {
              nodes { id recordedAt }
              pageInfo { endCursor hasNextPage }
              totalCount
            }
          }
        }
      }`,
      {
        representations: [{ __typename: 'Household', id: householdId }],
        first: 20,
        ...variables,
      },
      caller,
    );
  /** Every page of a household's consents, `first` at a time: their ids in the order read. */
  const allPages = async (householdId: string, first: number, caller?: Partial<Caller>) => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response = await page(householdId, { first, after }, caller);
      expect(response.errors).toBeUndefined();
      const connection = response.data!._entities[0]!.consents!;
      seen.push(...connection.nodes.map((node) => node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      expect(connection.pageInfo.endCursor).not.toBeNull();
    } while (after);
    return seen;
  };
  const refusedAs = (response: GraphQLResponse<{ _entities: { consents: unknown }[] }>) => {
    expect(response.data!._entities[0]!.consents).toBeNull();
    return response.errors?.map((error) => [error.extensions?.code, error.extensions?.argument]);
  };

  const householdId = randomUUID();
  let ids: string[];
  beforeAll(async () => {
    ids = [];
    for (let n = 0; n < 5; n += 1) {
      ids.push((await recorded({ householdId, documentReference: `PAGE-${n}` })).id);
    }
  });

  test('are read newest recorded first, 20 by default, with the count of all of them', async () => {
    const response = await page(householdId, {});
    expect(response.errors).toBeUndefined();
    const { nodes, pageInfo, totalCount } = response.data!._entities[0]!.consents!;
    expect(nodes.map((node) => node.id)).toEqual([...ids].reverse());
    expect(totalCount).toBe(5);
    expect(pageInfo.hasNextPage).toBe(false);
    expect(typeof pageInfo.endCursor).toBe('string');
  });

  test('are paged through without gaps or repeats, also with a consent recorded in between', async () => {
    const first = await page(householdId, { first: 2 });
    const connection = first.data!._entities[0]!.consents!;
    expect(connection.nodes.map((node) => node.id)).toEqual([ids[4], ids[3]]);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.totalCount).toBe(5);
    expect(await allPages(householdId, 2)).toEqual([...ids].reverse());

    // A consent recorded after the first page comes first, and moves nothing after the cursor.
    const other = randomUUID();
    const older = (await recorded({ householdId: other, documentReference: 'OLDER' })).id;
    const newer = (await recorded({ householdId: other, documentReference: 'NEWER' })).id;
    const before = await page(other, { first: 1 });
    const cursor = before.data!._entities[0]!.consents!.pageInfo.endCursor!;
    const newest = (await recorded({ householdId: other, documentReference: 'NEWEST' })).id;
    const next = await page(other, { first: 5, after: cursor });
    expect(next.data!._entities[0]!.consents!.nodes.map((node) => node.id)).toEqual([older]);
    expect(next.data!._entities[0]!.consents!.totalCount).toBe(3);
    expect(await allPages(other, 1)).toEqual([newest, newer, older]);
  });

  test('consents recorded within one millisecond, or at one instant, by the full precision, then id', async () => {
    // Rows written by SQL (an import, a restore) may carry microseconds the API never writes.
    const household = randomUUID();
    // Ids ascending against the instants' order: read by the millisecond (all alike) and id alone,
    // the order would be another, whatever ids randomUUID() happens to give.
    const grants = [randomUUID(), randomUUID(), randomUUID(), randomUUID()].sort();
    const microseconds = ['6', '4', '4', '0'];
    await withRegistryTriggersOff(orm.em, 'consent_grant', async (tx) => {
      for (const [n, id] of grants.entries()) {
        await tx.execute(insertDated('consent_grant.recorded_at', 'now()', id));
        await tx.execute(
          `update consent_grant set household_id = ?,
             recorded_at = timestamptz '2026-11-25 08:00:00.123${microseconds[n]}00+00'
           where id = ?`,
          [household, id],
        );
      }
    });
    const [sixth, tiedA, tiedB, last] = grants as [string, string, string, string];
    const tied = [tiedA, tiedB].sort().reverse();
    expect(await allPages(household, 1)).toEqual([sixth, ...tied, last]);
  });

  test("only the caller's part, counted as such", async () => {
    // The welfare provider is named by all of them and recorded none: its part is all of them.
    const welfare = WELFARE_CASEWORKER;
    expect(await allPages(householdId, 3, welfare)).toEqual([...ids].reverse());
    // A Jobcenter, neither named nor recording, reads none.
    const jobcenter = { ...welfare, agencyId: 'jobcenter-dortmund', agencyKind: 'JOBCENTER' };
    const response = await page(householdId, {}, jobcenter);
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0]!.consents).toEqual({
      nodes: [],
      pageInfo: { endCursor: null, hasNextPage: false },
      totalCount: 0,
    });
  });

  test.each([0, 101, -1])('refuses first: %d', async (first) => {
    expect(refusedAs(await page(householdId, { first }))).toEqual([['BAD_USER_INPUT', 'first']]);
  });

  const cursorOf = (list: string, id: string) =>
    Buffer.from(`${list}|${id}`, 'utf8').toString('base64url');
  test.each([
    ['not a cursor', () => 'not-a-cursor'],
    ['an unknown consent', () => cursorOf(`consents:${householdId}`, UNKNOWN_ID)],
    ['in capitals', () => cursorOf(`consents:${householdId}`, ids[0]!.toUpperCase())],
    ['with more after it', () => `${cursorOf(`consents:${householdId}`, ids[0]!)}|x`],
    ["of another household's list", () => cursorOf(`consents:${randomUUID()}`, ids[0]!)],
    ["of recordedConsents' list", () => Buffer.from(ids[0]!).toString('base64url')],
  ])('refuses a cursor it did not hand out: %s', async (_case, cursor) => {
    expect(refusedAs(await page(householdId, { after: cursor() }))).toEqual([
      ['BAD_USER_INPUT', 'after'],
    ]);
  });

  test("refuses a cursor of another household's list, and of a consent outside the caller's part", async () => {
    const other = randomUUID();
    await recorded({ householdId: other, documentReference: 'THEIRS-1' });
    await recorded({ householdId: other, documentReference: 'THEIRS-2' });
    const theirs = await page(other, { first: 1 });
    const cursor = theirs.data!._entities[0]!.consents!.pageInfo.endCursor!;
    expect(refusedAs(await page(householdId, { after: cursor }))).toEqual([
      ['BAD_USER_INPUT', 'after'],
    ]);
    // Of this household's list, but of a consent the Jobcenter does not read.
    const jobcenter = { ...CASEWORKER, agencyId: 'jobcenter-dortmund', agencyKind: 'JOBCENTER' };
    const mine = await page(householdId, { first: 1 });
    const response = await page(
      householdId,
      { after: mine.data!._entities[0]!.consents!.pageInfo.endCursor },
      jobcenter,
    );
    expect(refusedAs(response)).toEqual([['BAD_USER_INPUT', 'after']]);
  });

  test("its items' guarded fields are decided ahead once for the household, whatever the aliases, and not reached below a denial: one log entry per decision", async () => {
    // The welfare provider is named by all of them and recorded none: CONSENT_RECORDS on the
    // policy's statutory basis for EVICTION_PREVENTION, none for HOUSING_PLACEMENT; IDENTITY
    // under no consent of the household.
    const read = async (purpose: string) => {
      const requestId = randomUUID();
      const welfare: Partial<Caller> = {
        ...WELFARE_CASEWORKER,
        purpose,
        requestId,
      };
      const response = await subgraph.query<{
        _entities: Record<
          string,
          { totalCount?: number; items?: unknown[]; nodes?: unknown[] } | null
        >[];
      }>(
        `query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Household {
              a: consents(first: 1) { items: nodes { grantorName } }
              b: consents(first: 3) { totalCount nodes { id ...Names } }
              c: consents { totalCount }
            }
          }
        }
        fragment Names on ConsentGrant { grantorName representativeName }`,
        { representations: [{ __typename: 'Household', id: householdId }] },
        welfare,
      );
      const log = await subgraph.query<{
        accessLog: { nodes: { field: string; released: boolean; basis: string }[] };
      }>(
        'query ($requestId: ID!) { accessLog(requestId: $requestId, first: 50) { nodes { field released basis } } }',
        { requestId },
        {
          ...DPO,
          actor: 'dpo@welfare',
          agencyId: welfareDortmund.id,
          agencyKind: 'WELFARE_PROVIDER',
        },
      );
      expect(log.errors).toBeUndefined();
      const entries = log.data!.accessLog.nodes.map(({ field, released, basis }) => [
        field,
        released,
        basis,
      ]);
      return {
        response,
        entries: entries.sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
      };
    };

    const released = await read('EVICTION_PREVENTION');
    const household = released.response.data!._entities[0]!;
    expect(household.a!.items).toHaveLength(1);
    expect(household.b!.nodes).toHaveLength(3);
    expect(household.c).toEqual({ totalCount: 5 });
    // Each name withheld where it is (1 + 3 grantorName, 3 representativeName), decided once.
    expect(released.response.errors?.map((error) => error.extensions?.field).sort()).toEqual([
      ...Array<string>(4).fill('ConsentGrant.grantorName'),
      ...Array<string>(3).fill('ConsentGrant.representativeName'),
    ]);
    expect(released.entries).toEqual([
      ['ConsentGrant.grantorName', false, 'NO_CONSENT'],
      ['ConsentGrant.representativeName', false, 'NO_CONSENT'],
      ['Household.consents', true, 'STATUTORY'],
    ]);

    // Withheld whole: the names below were decided ahead, never reached, and are not logged.
    const denied = await read('HOUSING_PLACEMENT');
    expect(denied.response.data!._entities[0]).toEqual({ a: null, b: null, c: null });
    expect(denied.response.errors?.map((error) => error.extensions?.categoriesBelow)).toEqual([
      ['IDENTITY'],
      ['IDENTITY'],
      undefined,
    ]);
    expect(denied.entries).toEqual([['Household.consents', false, 'NO_CONSENT']]);
  });

  test("a denial withholds the whole page: decided, and its owner judged, on all of the caller's part, not on the page", async () => {
    // No basis for consent records for this purpose: the welfare provider reads them only as its own.
    const welfare: Partial<Caller> = {
      ...WELFARE_CASEWORKER,
      purpose: 'HOUSING_PLACEMENT',
    };
    const ownInput = (household: string) =>
      validInput({
        householdId: household,
        categories: ['SUPPORT_NOTES'],
        purposes: ['TENANCY_SUPPORT'],
        documentReference: 'OWN',
      });
    // All of its part its own: released, page by page.
    const own = randomUUID();
    expect((await record(ownInput(own), welfare)).errors).toBeUndefined();
    expect(
      (await record({ ...ownInput(own), documentReference: 'OWN-2' }, welfare)).errors,
    ).toBeUndefined();
    expect(await allPages(own, 1, welfare)).toHaveLength(2);

    // The housing office's consent naming it, then one of its own: the first page holds only its
    // own, but the part is mixed — withheld as a whole, as the policy decides.
    const mixed = randomUUID();
    await recorded({ householdId: mixed, documentReference: 'NAMING-WELFARE' });
    // (Recorded; the names in its answer are withheld already: the part they are judged on is mixed.)
    expect((await record(ownInput(mixed), welfare)).data!.recordConsent.id).toEqual(
      expect.any(String),
    );
    const response = await page(mixed, { first: 1 }, welfare);
    expect(response.data!._entities[0]!.consents).toBeNull();
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({
        code: 'CONSENT_REQUIRED',
        householdId: mixed,
        category: 'CONSENT_RECORDS',
        field: 'Household.consents',
      }),
    ]);
  });
});

describe('Household.consent', () => {
  /** One consent of a household by its id, as `caller` reads it through _entities. */
  const consentOf = (
    householdId: string,
    id: string,
    caller: Partial<Caller> = CASEWORKER,
    fields = RECORD_FIELDS,
  ) =>
    subgraph.query<{ _entities: { consent: GrantData | null }[] }>(
      `query ($representations: [_Any!]!, $id: ID!) {
        _entities(representations: $representations) { ... on Household { consent(id: $id) { ${fields} } } }
      }`,
      { representations: [{ __typename: 'Household', id: householdId }], id },
      caller,
    );
  const welfare = WELFARE_CASEWORKER;
  const welfareOfficer: Partial<Caller> = {
    ...DPO,
    actor: 'dpo@welfare',
    agencyId: welfareDortmund.id,
    agencyKind: 'WELFARE_PROVIDER',
  };

  test('answers one of the caller’s consents as Household.consents does', async () => {
    const grant = await recorded();
    const response = await consentOf(grant.household.id, grant.id.toUpperCase());
    expect(response.errors).toBeUndefined();
    const [consents] = await consentsOf([grant.household.id]);
    expect(response.data!._entities[0]!.consent).toEqual(consents![0]);
  });

  test.each([
    ['with a basis for consent records', 'EVICTION_PREVENTION', true],
    ['without one', 'HOUSING_PLACEMENT', false],
  ])(
    'to an agency it names, %s, is decided and logged like Household.consents',
    async (_case, purpose, released) => {
      const grant = await recorded();
      const requestId = randomUUID();
      const response = await consentOf(
        grant.household.id,
        grant.id,
        { ...welfare, purpose, requestId },
        'id state',
      );
      const list = await subgraph.query<{ _entities: { consents: unknown }[] }>(
        consentsQuery('id state'),
        { representations: [{ __typename: 'Household', id: grant.household.id }] },
        { ...welfare, purpose },
      );
      expect(list.data!._entities[0]!.consents !== null).toBe(released);
      if (released) {
        expect(response.errors).toBeUndefined();
        expect(response.data!._entities[0]!.consent).toEqual({ id: grant.id, state: 'GIVEN' });
      } else {
        expect(response.data!._entities[0]!.consent).toBeNull();
        expect(response.errors).toHaveLength(1);
        expect(response.errors![0]!.extensions).toMatchObject({
          code: 'CONSENT_REQUIRED',
          householdId: grant.household.id,
          category: 'CONSENT_RECORDS',
          purpose,
        });
      }
      const log = await subgraph.query<{
        accessLog: { nodes: { field: string; released: boolean }[] };
      }>(
        'query ($requestId: ID!) { accessLog(requestId: $requestId, first: 10) { nodes { field released } } }',
        { requestId },
        welfareOfficer,
      );
      expect(log.errors).toBeUndefined();
      expect(log.data!.accessLog.nodes).toEqual([{ field: 'Household.consent', released }]);
    },
  );

  test('is null for a consent outside the caller’s part or of another household, as for an unknown id', async () => {
    const grant = await recorded();
    const other = await recorded();
    const jobcenter: Partial<Caller> = {
      ...CASEWORKER,
      actor: 'caseworker@jobcenter',
      agencyId: 'jobcenter-dortmund',
      agencyKind: 'JOBCENTER',
    };
    const unknown = await consentOf(grant.household.id, UNKNOWN_ID, jobcenter);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!._entities[0]!.consent).toBeNull();
    expect(await consentOf(grant.household.id, grant.id, jobcenter)).toEqual(unknown);
    // The recording agency itself, asking under the wrong household.
    const elsewhere = await consentOf(other.household.id, grant.id);
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data!._entities[0]!.consent).toBeNull();
  });

  test('refuses an id that is no UUID', async () => {
    const grant = await recorded();
    const response = await consentOf(grant.household.id, 'consent-1');
    expect(response.data!._entities[0]!.consent).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
  });
});

describe('Query.agencies', () => {
  test('are ordered by id by code point, whatever collation the database was created with', async () => {
    // Ids a linguistic collation orders otherwise (case only breaks ties there; ä with the a's).
    const added = ['welfare-b', 'Welfare-c', 'welfare-ä'];
    const connection = orm.em.getConnection();
    for (const id of added) {
      await connection.execute(
        "insert into agency (id, kind, municipality, name) values (?, 'WELFARE_PROVIDER', 'HAGEN', 'Ordnung e. V.')",
        [id],
      );
    }
    // The column takes the database's default collation: here ICU's root locale, as on a server
    // whose databases are created with a linguistic one (de_DE.UTF-8, say).
    const collate = (collation: string) =>
      connection.execute(
        `alter table agency alter column id type varchar(64) collate ${collation}`,
      );
    await collate('"und-x-icu"');
    try {
      const response = await subgraph.query<{ agencies: { id: string }[] }>(
        'query { agencies(kind: WELFARE_PROVIDER, municipality: HAGEN) { id } }',
      );
      expect(response.errors).toBeUndefined();
      const ids = response.data!.agencies.map((agency) => agency.id);
      expect(ids).toEqual(expect.arrayContaining(added));
      expect(ids).toEqual([...ids].sort(compareText));
      const linguistic = await connection.execute<{ id: string }[]>(
        "select id from agency where kind = 'WELFARE_PROVIDER' and municipality = 'HAGEN' order by id",
      );
      expect(linguistic.map((row) => row.id)).not.toEqual(ids);
    } finally {
      await collate('"default"');
      await connection.execute('delete from agency where id in (?, ?, ?)', added);
    }
  });
});

describe('Query.agency', () => {
  test('finds an agency by its id, and none for an unknown one', async () => {
    const found = await subgraph.query<{ agency: { id: string } | null }>(
      'query ($id: ID!) { agency(id: $id) { id } }',
      { id: welfareDortmund.id },
    );
    expect(found.data?.agency).toEqual({ id: welfareDortmund.id });
    const unknown = await subgraph.query('query ($id: ID!) { agency(id: $id) { id } }', {
      id: 'welfare-atlantis',
    });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ agency: null });
  });

  test('refuses an id with control characters', async () => {
    const response = await subgraph.query('query ($id: ID!) { agency(id: $id) { id } }', {
      id: 'housing\u0000',
    });
    expect(response.data).toEqual({ agency: null });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
    expect(response.errors?.[0]?.message).toMatch(/control characters/);
  });
});
