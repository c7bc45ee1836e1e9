/**
 * The consent engine through the real gateway, with real tokens: a guarded value appears only
 * with a basis (own task, statutory basis, active consent), and every value with a basis
 * appears. Property-based (fast-check): random consent states, agencies, purposes and query
 * shapes, checked against an oracle that shares no code with the engine (./consent-oracle.ts).
 */
import { consentPolicy } from '@wohnnetz/consent-policy';
import { DEMO_AGENCIES, demoHouseholds, type DemoAgency } from '@wohnnetz/demo-data';
import { DEFAULT_ROLE } from '@wohnnetz/gateway';
import { SUBGRAPHS } from '@wohnnetz/hub';
import type { SubgraphName } from '@wohnnetz/service-kit';
import { postGraphQL, startTestHub, type GraphQLResponse, type TestHub } from '@wohnnetz/testing';
import fc from 'fast-check';
import { expectedDecision, expectedOwners, partOf, recordedGrants } from './consent-oracle';

const HOUSEHOLDS = 6;
/** The page of a household's consents the property asks for: the most a page holds. */
const CONSENTS_PAGE = 100;
const households = demoHouseholds(HOUSEHOLDS);
const policy = consentPolicy();
const CONSENTABLE = [...policy.consentableCategories];

/** The guarded fields the properties look at, where they live, and their category. */
interface GuardedField {
  /** Selection inside a household, the guarded leaf named by `field`. */
  selection: string;
  /** Path from the household to the guarded value. */
  path: (string | number)[];
  coordinate: string;
  category: string;
  subgraph: SubgraphName;
  /** Every household has a value here (not null) once it is released. */
  alwaysPresent: boolean;
}

const FIELDS: Record<string, GuardedField> = {
  reference: field(
    'reference',
    ['reference'],
    'Household.reference',
    'HOUSING_SITUATION',
    'housing',
    true,
  ),
  housingSituation: field(
    'housingSituation',
    ['housingSituation'],
    'Household.housingSituation',
    'HOUSING_SITUATION',
    'housing',
    true,
  ),
  members: field(
    'members { id }',
    ['members'],
    'Household.members',
    'HOUSEHOLD_COMPOSITION',
    'housing',
    true,
  ),
  givenName: field(
    'members { givenName }',
    ['members', 0, 'givenName'],
    'HouseholdMember.givenName',
    'IDENTITY',
    'housing',
    true,
  ),
  benefitCase: field(
    'benefitCase { status }',
    ['benefitCase'],
    'Household.benefitCase',
    'INCOME_BENEFITS',
    'jobcenter',
    false,
  ),
  tenancyWarnings: field(
    'tenancyWarnings { kind }',
    ['tenancyWarnings'],
    'Household.tenancyWarnings',
    'RENT_ARREARS',
    'jobcenter',
    true,
  ),
  supportCases: field(
    'supportCases { id }',
    ['supportCases'],
    'Household.supportCases',
    'SUPPORT_NOTES',
    'welfare',
    true,
  ),
  healthNotes: field(
    'supportCases { healthNotes }',
    ['supportCases', 0, 'healthNotes'],
    'SupportCase.healthNotes',
    'HEALTH',
    'welfare',
    false,
  ),
  probation: field(
    'supportCases { probationSupervision }',
    ['supportCases', 0, 'probationSupervision'],
    'SupportCase.probationSupervision',
    'CRIMINAL_RECORD',
    'welfare',
    false,
  ),
  tenancy: field(
    'tenancy { status }',
    ['tenancy'],
    'Household.tenancy',
    'TENANCY',
    'landlords',
    false,
  ),
  trainingEnrollments: field(
    'trainingEnrollments { status }',
    ['trainingEnrollments'],
    'Household.trainingEnrollments',
    'TRAINING_RESULTS',
    'training',
    true,
  ),
  // A page of 100, the most there is: the part is compared with the oracle's, page and count.
  consents: field(
    `consents(first: ${CONSENTS_PAGE}) { totalCount nodes { id } }`,
    ['consents'],
    'Household.consents',
    'CONSENT_RECORDS',
    'consent',
    true,
  ),
  // A nested entity: the household again, reached through the consent registry.
  nestedReference: field(
    // The same page as `consents`, so that both merge where a query selects both.
    `consents(first: ${CONSENTS_PAGE}) { nodes { household { reference } } }`,
    ['consents', 'nodes', 0, 'household', 'reference'],
    'Household.reference',
    'HOUSING_SITUATION',
    'housing',
    true,
  ),
};

function field(
  selection: string,
  path: (string | number)[],
  coordinate: string,
  category: string,
  subgraph: SubgraphName,
  alwaysPresent: boolean,
): GuardedField {
  return { selection, path, coordinate, category, subgraph, alwaysPresent };
}

const DENIAL_CODES = new Set(['CONSENT_REQUIRED', 'RELEASE_FORBIDDEN']);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ households: HOUSEHOLDS });
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

/** The agencies whose case workers may record consents (and so own what they recorded). */
const RECORDERS = DEMO_AGENCIES.filter((agency) =>
  policy.document.roles.caseworker!.agencyKinds!.includes(agency.kind),
).map((agency) => agency.id);

async function asCaseworker(
  agencyId: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return postGraphQL<Record<string, { id: string }>>(hub.gatewayUrl, query, variables, {
    authorization: `Bearer ${await hub.token({ agencyId })}`,
    'x-purpose': 'CASE_COORDINATION',
  });
}

type ConsentState = 'given' | 'expired' | 'withdrawn' | 'pending';

interface ConsentSpec {
  household: number;
  /** The agency whose case worker records (and withdraws) it. */
  recorder: string;
  recipient: string;
  byKind: boolean;
  categories: string[];
  purposes: string[];
  state: ConsentState;
}

const HOUR = 3_600_000;

async function record(spec: ConsentSpec): Promise<void> {
  const now = Date.now();
  const window: Record<ConsentState, [number, number]> = {
    given: [now - HOUR, now + HOUR],
    withdrawn: [now - HOUR, now + HOUR],
    expired: [now - 2 * HOUR, now - HOUR],
    pending: [now + HOUR, now + 2 * HOUR],
  };
  const [from, until] = window[spec.state];
  const recipient = DEMO_AGENCIES.find((agency) => agency.id === spec.recipient)!;
  const response = await asCaseworker(
    spec.recorder,
    'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
    {
      input: {
        householdId: households[spec.household]!.id,
        grantorName: 'Property Test',
        ...(spec.byKind
          ? { recipientAgencyKind: recipient.kind }
          : { recipientAgencyId: recipient.id }),
        categories: spec.categories,
        purposes: spec.purposes,
        validFrom: new Date(from).toISOString(),
        validUntil: new Date(until).toISOString(),
        form: 'ELECTRONIC',
        informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
        informationLanguage: 'de',
        documentReference: 'PROP-1',
      },
    },
  );
  expect(response.errors).toBeUndefined();
  if (spec.state === 'withdrawn') {
    const withdrawn = await asCaseworker(
      spec.recorder,
      'mutation ($id: ID!) { withdrawConsent(id: $id) { id } }',
      {
        id: response.data!.recordConsent!.id,
      },
    );
    expect(withdrawn.errors).toBeUndefined();
  }
}

/**
 * The roles a demo user of an agency asks with: its default role, and the data-protection
 * officer's (whose purpose no household consents to: what no rule releases is never released).
 */
const rolesOf = (agency: DemoAgency) => [DEFAULT_ROLE[agency.kind], 'data_protection_officer'];

interface QueryShape {
  fields: string[];
  useFragment: boolean;
  aliases: boolean;
  singles: number[];
  /** The households asked for one by one when the requester may not list them (1 to 4). */
  singlesOnly: number[];
  /** Whether the requester may list households (its role), or asks for `singlesOnly`. */
  list: boolean;
}

/** The roles that may list households, as the housing subgraph's binding says. */
const LIST_ROLES: readonly string[] =
  SUBGRAPHS.find((module) => module.name === 'housing')!.definition.consent.rootFields[
    'Query.households'
  ]!.roles ?? [];

const singlesOf = (shape: QueryShape) => (shape.list ? shape.singles : shape.singlesOnly);

/** Builds the operation and, for every household in the answer, its path in the response. */
function buildQuery(shape: QueryShape) {
  const selection = shape.fields
    .map((name) =>
      shape.aliases ? `a_${name}: ${FIELDS[name]!.selection}` : FIELDS[name]!.selection,
    )
    .join(' ');
  const body = shape.useFragment ? '...Guarded' : selection;
  const singles = singlesOf(shape)
    .map((index) => `h${index}: household(id: "${households[index]!.id}") { id ${body} }`)
    .join(' ');
  const fragment = shape.useFragment ? `fragment Guarded on Household { ${selection} }` : '';
  const list = shape.list ? `households(first: ${HOUSEHOLDS}) { nodes { id ${body} } }` : '';
  return `query { ${list} ${singles} } ${fragment}`;
}

function householdNodes(shape: QueryShape, response: GraphQLResponse) {
  const data = response.data as Record<string, unknown>;
  const list = shape.list
    ? (data.households as { nodes: Record<string, unknown>[] }).nodes.map((node, index) => ({
        node,
        path: ['households', 'nodes', index] as (string | number)[],
      }))
    : [];
  const singles = singlesOf(shape).map((index) => ({
    node: data[`h${index}`] as Record<string, unknown>,
    path: [`h${index}`] as (string | number)[],
  }));
  return [...list, ...singles];
}

function valueAt(node: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value == null ? undefined : (value as Record<string | number, unknown>)[key]),
    node,
  );
}

describe('a guarded value appears exactly when it has a basis', () => {
  test('random consent states, agencies, purposes and query shapes', async () => {
    const agencies = DEMO_AGENCIES;
    // Half of the consents name the requester (or its purpose), so that consent releases occur.
    const consentArbitrary = fc.record({
      household: fc.integer({ min: 0, max: HOUSEHOLDS - 1 }),
      recipient: fc.oneof(
        fc.constant('REQUESTER'),
        fc.constantFrom(...agencies.map((agency) => agency.id)),
      ),
      withRequesterPurpose: fc.boolean(),
      // Recorded by several agencies, the requester among them: a household's consents then
      // have several recorders, and the requester owns its part of them only where it recorded
      // all of that part.
      recorder: fc.oneof(fc.constant('REQUESTER'), fc.constantFrom(...RECORDERS)),
      byKind: fc.boolean(),
      categories: fc.uniqueArray(fc.constantFrom(...CONSENTABLE), { minLength: 1, maxLength: 5 }),
      purposes: fc.uniqueArray(fc.constantFrom(...policy.consentablePurposes), {
        minLength: 1,
        maxLength: 3,
      }),
      state: fc.constantFrom<ConsentState>('given', 'given', 'expired', 'withdrawn', 'pending'),
    });
    const requesterArbitrary = fc
      .constantFrom(...agencies)
      .chain((agency) =>
        fc.record({ agency: fc.constant(agency), role: fc.constantFrom(...rolesOf(agency)) }),
      )
      .chain(({ agency, role }) =>
        fc.record({
          agency: fc.constant(agency),
          role: fc.constant(role),
          purpose: fc.constantFrom(...policy.document.roles[role]!.purposes),
        }),
      );
    const shapeArbitrary = fc.record({
      // At most 3 fields and 1 single household: aliases stay within the gateway's limit of 10.
      fields: fc.uniqueArray(fc.constantFrom(...Object.keys(FIELDS)), {
        minLength: 1,
        maxLength: 3,
      }),
      useFragment: fc.boolean(),
      aliases: fc.boolean(),
      singles: fc.uniqueArray(fc.integer({ min: 0, max: HOUSEHOLDS - 1 }), { maxLength: 1 }),
      singlesOnly: fc.uniqueArray(fc.integer({ min: 0, max: HOUSEHOLDS - 1 }), {
        minLength: 1,
        maxLength: 4,
      }),
    });

    let runs = 0;
    const seen = { released: 0, denied: 0, forbidden: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(consentArbitrary, { maxLength: 4 }),
        requesterArbitrary,
        shapeArbitrary,
        async (consents, requester, shape) => {
          runs += 1;
          for (const { withRequesterPurpose, ...spec } of consents) {
            const recipient = spec.recipient === 'REQUESTER' ? requester.agency.id : spec.recipient;
            const recorder =
              spec.recorder !== 'REQUESTER'
                ? spec.recorder
                : RECORDERS.includes(requester.agency.id)
                  ? requester.agency.id
                  : 'housing-dortmund';
            // The registry refuses a consent the policy could never honour for its recipient (a
            // purpose it cannot declare or no household consents to, a category never released
            // to it): only what it accepts
            // is recorded.
            const kind = DEMO_AGENCIES.find((agency) => agency.id === recipient)!.kind;
            const declarable = policy.purposesOf(kind);
            const purposes = (
              withRequesterPurpose
                ? [...new Set([...spec.purposes, requester.purpose])]
                : spec.purposes
            ).filter(
              (purpose) => declarable.has(purpose) && policy.consentablePurposes.has(purpose),
            );
            const categories = spec.categories.filter(
              (category) =>
                !purposes.every((purpose) => policy.neverReleases(category, kind, purpose)),
            );
            if (purposes.length === 0 || categories.length === 0) continue;
            await record({ ...spec, recipient, recorder, purposes, categories });
          }
          const allGrants = await recordedGrants(hub);
          const asker = {
            agencyId: requester.agency.id,
            agencyKind: requester.agency.kind,
            purpose: requester.purpose,
          };
          const ownersBySubgraph = await expectedOwners(hub, asker, allGrants);

          // Landlords and training providers may not list households: they ask one by one.
          const query: QueryShape = {
            ...shape,
            list: LIST_ROLES.includes(requester.role),
            // Each single is an alias, and so is each aliased field in it: within the 10 allowed.
            singlesOnly: shape.aliases ? shape.singlesOnly.slice(0, 2) : shape.singlesOnly,
          };
          const response = await postGraphQL(
            hub.gatewayUrl,
            buildQuery(query),
            {},
            {
              authorization: `Bearer ${await hub.token({
                agencyId: requester.agency.id,
                roles: [requester.role],
              })}`,
              'x-purpose': requester.purpose,
            },
          );
          const now = new Date();
          // Refused as a whole (limits, purpose) would be a broken test, not a consent matter.
          expect({
            errors: (response.errors ?? []).filter((error) => !error.path),
            data: !!response.data,
          }).toEqual({ errors: [], data: true });
          const denied = new Map(
            (response.errors ?? [])
              .filter((error) => DENIAL_CODES.has(String(error.extensions?.code)))
              .map((error) => [JSON.stringify(error.path), error.extensions?.code]),
          );
          const unexpected = (response.errors ?? []).filter(
            (error) => !DENIAL_CODES.has(String(error.extensions?.code)),
          );
          expect(unexpected).toEqual([]);

          for (const { node, path } of householdNodes(query, response)) {
            if (!node) continue;
            const householdId = node.id as string;
            for (const name of query.fields) {
              const guarded = FIELDS[name]!;
              const ownPath = withAlias(guarded.path, name, query);
              // A nested field is decided only when its container was released and is not empty.
              if (ownPath.length > 1) {
                const container = valueAt(
                  node,
                  ownPath.slice(
                    0,
                    ownPath.findIndex((step) => typeof step === 'number'),
                  ),
                );
                if (!Array.isArray(container) || container.length === 0) continue;
              }
              const responsePath = [...path, ...ownPath];
              const expected = expectedDecision(
                asker,
                householdId,
                guarded.category,
                guarded.subgraph,
                ownersBySubgraph[guarded.subgraph].get(householdId) ?? [],
                allGrants,
                now,
              );
              const denial = denied.get(JSON.stringify(responsePath));
              const wasDenied = denial !== undefined;
              // Withheld with the code its basis calls for: a consent to ask for, or none.
              expect({ field: guarded.coordinate, householdId, denial }).toEqual({
                field: guarded.coordinate,
                householdId,
                denial: expected.released
                  ? undefined
                  : expected.basis === 'NEVER'
                    ? 'RELEASE_FORBIDDEN'
                    : 'CONSENT_REQUIRED',
              });
              if (wasDenied) expect(valueAt(node, ownPath)).toBeNull();
              // Released means the value itself, not just the absence of an error.
              else if (guarded.alwaysPresent) {
                const value = valueAt(node, ownPath);
                expect({
                  field: guarded.coordinate,
                  present: value !== null && value !== undefined,
                }).toEqual({
                  field: guarded.coordinate,
                  present: true,
                });
              }
              // A released page of consents holds exactly the requester's part of them, newest
              // recorded first, then by id (the oracle's grants come oldest first), and counts it.
              if (
                !wasDenied &&
                guarded.coordinate === 'Household.consents' &&
                ownPath.length === 1
              ) {
                const page = valueAt(node, ownPath) as {
                  totalCount: number;
                  nodes: { id: string }[];
                };
                const part = partOf(
                  allGrants.filter((grant) => grant.householdId === householdId),
                  asker,
                )
                  .map((grant) => grant.id)
                  .reverse();
                expect({
                  totalCount: page.totalCount,
                  ids: page.nodes.map((grant) => grant.id),
                }).toEqual({ totalCount: part.length, ids: part.slice(0, CONSENTS_PAGE) });
              }
              seen[wasDenied ? 'denied' : 'released'] += 1;
              if (denial === 'RELEASE_FORBIDDEN') seen.forbidden += 1;
            }
          }
        },
      ),
      { numRuns: 200, seed: 20261123 },
    );
    console.log(
      `consent properties: ${runs} cases, ${seen.released} guarded values released and ${seen.denied} withheld (${seen.forbidden} of them as RELEASE_FORBIDDEN), each as the policy decides`,
    );
    // Both outcomes must occur often, or the property proves little.
    expect(seen.released).toBeGreaterThan(50);
    expect(seen.denied).toBeGreaterThan(50);
    expect(seen.forbidden).toBeGreaterThan(10);
  }, 300_000);
});

/** The path of a field in the response: its first step carries the alias when aliases are used. */
function withAlias(
  path: (string | number)[],
  name: string,
  shape: QueryShape,
): (string | number)[] {
  if (!shape.aliases) return path;
  return [`a_${name}`, ...path.slice(1)];
}
