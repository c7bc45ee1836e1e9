/**
 * The generated shield on a small federated schema: fail closed, one decision per household
 * (no shared cache across parents), resolver errors kept, registry failures withheld.
 * The decision service here evaluates the real policy over grants held in memory (the HTTP hop
 * to the registry is tested through the whole hub in test/consent-rules.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, execute, parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { createConsentGuard } from './consent-guard';
import { consentRuleTree, consentShield, type ConsentContext } from './consent-shield';
import type { DecisionService } from './decision-service';
import { grantOf, inMemoryRegistry, testCaller as caller } from './in-memory-registry';

const DIRECTIVES = readFileSync(
  join(__dirname, '../../../schema/consent-directives.graphql'),
  'utf8',
);
const SDL = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Household @key(fields: "id") {
    id: ID! @noPersonalData
    tenancyNote: String @consent(category: "TENANCY")
    broken: String @noPersonalData
  }
  type Query {
    households: [Household!]!
    unlisted: String
    failing: String
  }
`;

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const grantForA = grantOf(A, ['TENANCY']);

/** Stands in for service-kit's describeForLog: the shield logs only what it returns. */
const describeForLog = (error: unknown) =>
  `described: ${error instanceof Error ? error.name : typeof error}`;

/** Every category below a withheld field is one a consent could release, here. */
const consentCouldRelease = () => true;

function buildSchema(): GraphQLSchema {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(DIRECTIVES + SDL),
      resolvers: {
        Query: {
          households: () => [{ id: A }, { id: B }],
          unlisted: () => 'should never be returned',
          failing: () => {
            throw new GraphQLError('first must be between 1 and 100', {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          },
        },
        Household: {
          tenancyNote: (household: { id: string }) => `note of ${household.id}`,
          broken: () => {
            throw new Error('database connection lost');
          },
        },
      },
    },
  ]);
  return applyMiddleware(
    schema,
    consentShield(schema, {
      householdOf: { Household: (household: { id: string }) => household.id },
      rootFields: { 'Query.households': {}, 'Query.failing': {} },
      describeForLog,
      consentCouldRelease,
    }),
  );
}

function context(
  service: DecisionService,
  ownersOf: () => Promise<Map<string, string[]>> = () =>
    Promise.resolve(new Map<string, string[]>()),
): ConsentContext {
  return {
    caller,
    consent: createConsentGuard({
      subgraph: 'landlords',
      caller,
      credentials: {
        subgraph: 'landlords',
        token: 't',
        operation: { query: '', operationName: null, variables: {} },
      },
      service,
      ownersOf,
    }),
  };
}

const run = (query: string, contextValue: ConsentContext) =>
  execute({ schema: buildSchema(), document: parse(query), contextValue });

describe('the generated consent shield', () => {
  test('decides each household on its own, in one batch', async () => {
    const registry = inMemoryRegistry([grantForA]);
    const result = await run(
      '{ households { id tenancyNote again: tenancyNote } }',
      context(registry),
    );
    expect(result.data).toEqual({
      households: [
        { id: A, tenancyNote: `note of ${A}`, again: `note of ${A}` },
        { id: B, tenancyNote: null, again: null },
      ],
    });
    expect(result.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({
        code: 'CONSENT_REQUIRED',
        householdId: B,
        category: 'TENANCY',
        purpose: 'TENANCY_SUPPORT',
      }),
      expect.objectContaining({
        code: 'CONSENT_REQUIRED',
        householdId: B,
        category: 'TENANCY',
        purpose: 'TENANCY_SUPPORT',
      }),
    ]);
    // One registry call; the aliased second selection reused the request's decision.
    expect(registry.batches).toHaveLength(1);
    expect(registry.batches[0]!.map((request) => request.householdId)).toEqual([A, B]);
  });

  test('fails closed: a root field without a rule is denied, its resolver never runs', async () => {
    const result = await run('{ unlisted }', context(inMemoryRegistry([])));
    expect(result.data).toEqual({ unlisted: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test("resolvers' errors stay their own", async () => {
    const contextValue = context(inMemoryRegistry([]));
    const failing = await run('{ failing }', contextValue);
    expect(failing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const broken = await run('{ households { broken } }', contextValue);
    expect(broken.errors?.[0]?.message).toBe('database connection lost');
  });

  test('a registry failure withholds the value, and is logged with the request id as describeForLog has it', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await run(
      '{ households { tenancyNote } }',
      context({ decide: () => Promise.reject(new TypeError('registry down')) }),
    );
    const logged = spy.mock.calls.map((call) => call.join(' '));
    spy.mockRestore();
    expect(result.data).toEqual({ households: [{ tenancyNote: null }, { tenancyNote: null }] });
    expect(result.errors?.every((error) => error.extensions?.code === 'CONSENT_UNAVAILABLE')).toBe(
      true,
    );
    expect(logged).toEqual([
      `consent decision for Household.tenancyNote failed (request ${caller.requestId}): described: TypeError`,
      `consent decision for Household.tenancyNote failed (request ${caller.requestId}): described: TypeError`,
    ]);
  });

  test("the subgraph's own read failing withholds the value with that error, not CONSENT_UNAVAILABLE", async () => {
    const registry = inMemoryRegistry([grantForA]);
    const result = await run(
      '{ households { tenancyNote } }',
      context(registry, () => Promise.reject(new Error('database connection lost'))),
    );
    expect(result.data).toEqual({ households: [{ tenancyNote: null }, { tenancyNote: null }] });
    expect(result.errors?.map((error) => error.message)).toEqual([
      'database connection lost',
      'database connection lost',
    ]);
    // No decision could be asked for: who recorded the records is part of the question.
    expect(registry.batches).toHaveLength(0);
  });

  test('a root field it refuses names the role or purpose it needs, or the several', async () => {
    const schema = buildSubgraphSchema([
      {
        typeDefs: parse(
          DIRECTIVES +
            `
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
            type Query { oneRole: Int twoRoles: Int onePurpose: Int twoPurposes: Int }
          `,
        ),
        resolvers: {
          Query: { oneRole: () => 1, twoRoles: () => 2, onePurpose: () => 3, twoPurposes: () => 4 },
        },
      },
    ]);
    const shielded = applyMiddleware(
      schema,
      consentShield(schema, {
        householdOf: {},
        rootFields: {
          'Query.oneRole': { roles: ['data_protection_officer'] },
          'Query.twoRoles': { roles: ['data_protection_officer', 'auditor'] },
          'Query.onePurpose': { purposes: ['TRAINING'] },
          'Query.twoPurposes': { purposes: ['TRAINING', 'EVICTION_PREVENTION'] },
        },
        describeForLog,
        consentCouldRelease,
      }),
    );
    const result = await execute({
      schema: shielded,
      document: parse('{ oneRole twoRoles onePurpose twoPurposes }'),
      contextValue: context(inMemoryRegistry([])),
    });
    expect(result.data).toEqual({
      oneRole: null,
      twoRoles: null,
      onePurpose: null,
      twoPurposes: null,
    });
    expect(result.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(result.errors?.map((error) => error.message).sort()).toEqual([
      'Query.onePurpose needs the purpose TRAINING',
      'Query.oneRole needs the role data_protection_officer',
      'Query.twoPurposes needs one of the purposes TRAINING, EVICTION_PREVENTION',
      'Query.twoRoles needs one of the roles data_protection_officer, auditor',
    ]);
  });

  test('refuses to build with a guarded type it cannot map to a household, or an unknown root rule', () => {
    const schema = buildSubgraphSchema([{ typeDefs: parse(DIRECTIVES + SDL) }]);
    expect(() =>
      consentRuleTree(schema, {
        householdOf: {},
        rootFields: {},
        describeForLog,
        consentCouldRelease,
      }),
    ).toThrow(/Household.tenancyNote is guarded but Household has no householdOf/);
    expect(() =>
      consentRuleTree(schema, {
        householdOf: { Household: (household: { id: string }) => household.id },
        rootFields: { 'Query.nothing': {} },
        describeForLog,
        consentCouldRelease,
      }),
    ).toThrow(/Query.nothing, which the schema lacks/);
  });

  test('refuses a root field open to every caller that returns a type guarded as a whole', () => {
    const schema = buildSubgraphSchema([
      {
        typeDefs: parse(
          DIRECTIVES +
            `
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
            type Note @consent(category: "SUPPORT_NOTES") { text: String }
            type Other @noPersonalData { x: Int }
            union Item = Note | Other
            type Memo { text: String }
            extend type Memo @consent(category: "SUPPORT_NOTES")
            type Query { notes: [Note!]! items: [Item!]! memos: [Memo!]! }
          `,
        ),
      },
    ]);
    const tree = (rootFields: Record<string, { roles?: string[]; purposes?: string[] }>) => () =>
      consentRuleTree(schema, { householdOf: {}, rootFields, describeForLog, consentCouldRelease });
    expect(tree({ 'Query.notes': {} })).toThrow(
      /Query.notes returns data guarded as a whole \(SUPPORT_NOTES\) and its rule lets every caller in/,
    );
    expect(tree({ 'Query.items': {} })).toThrow(/Query.items returns data guarded as a whole/);
    // Guarded as a whole by an extension of the type (the classification check reads both).
    expect(tree({ 'Query.memos': {} })).toThrow(/Query.memos returns data guarded as a whole/);
    expect(tree({ 'Query.notes': { roles: ['caseworker'] } })).not.toThrow();
    expect(tree({ 'Query.items': { purposes: ['TENANCY_SUPPORT'] } })).not.toThrow();
  });

  describe('a guarded field that returns a page of a list (a connection)', () => {
    // As Household.consents: the page is guarded as a whole, and its items' guarded fields are
    // the ones directly below it.
    const CONNECTION_SDL = `
      extend schema
        @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
      type Household @key(fields: "id") {
        id: ID! @noPersonalData
        leases(first: Int! = 20): LeaseConnection @consent(category: "TENANCY")
      }
      type LeaseConnection @consent(category: "TENANCY") {
        nodes: [Lease!]!
        pageInfo: PageInfo!
        totalCount: Int!
      }
      type PageInfo @noPersonalData { endCursor: String hasNextPage: Boolean! }
      type Lease @consent(category: "TENANCY") {
        id: ID!
        tenantName: String @consent(category: "IDENTITY")
      }
      type Query { households: [Household!]! }
    `;
    const runOnLeases = (query: string, contextValue: ConsentContext) => {
      const schema = buildSubgraphSchema([
        {
          typeDefs: parse(DIRECTIVES + CONNECTION_SDL),
          resolvers: {
            Query: { households: () => [{ id: A }, { id: B }] },
            Household: {
              leases: (household: { id: string }) => ({
                nodes: [{ id: `lease-${household.id}`, householdId: household.id }],
                pageInfo: { endCursor: null, hasNextPage: false },
                totalCount: 1,
              }),
            },
            Lease: { tenantName: () => 'Erika Beispiel' },
          },
        },
      ]);
      const shielded = applyMiddleware(
        schema,
        consentShield(schema, {
          householdOf: {
            Household: (household: { id: string }) => household.id,
            Lease: (lease: { householdId: string }) => lease.householdId,
          },
          rootFields: { 'Query.households': {} },
          describeForLog,
          consentCouldRelease,
        }),
      );
      return execute({ schema: shielded, document: parse(query), contextValue });
    };

    test("decides its items' guarded fields in its own batch", async () => {
      const registry = inMemoryRegistry([grantOf(A, ['TENANCY', 'IDENTITY'])]);
      const result = await runOnLeases(
        '{ households { id leases { totalCount nodes { id tenantName } } } }',
        context(registry),
      );
      expect(result.data!.households).toEqual([
        {
          id: A,
          leases: { totalCount: 1, nodes: [{ id: `lease-${A}`, tenantName: 'Erika Beispiel' }] },
        },
        { id: B, leases: null },
      ]);
      expect(registry.batches).toHaveLength(1);
      expect(registry.batches[0]!.map((request) => [request.householdId, request.field])).toEqual([
        [A, 'Lease.tenantName'],
        [A, 'Household.leases'],
        [B, 'Lease.tenantName'],
        [B, 'Household.leases'],
      ]);
    });

    test("names its items' categories below a denial, through fragments too", async () => {
      const result = await runOnLeases(
        `{ households { leases { ...Page } } }
         fragment Page on LeaseConnection { pageInfo { hasNextPage } nodes { tenantName } }`,
        context(inMemoryRegistry([])),
      );
      expect(result.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({
          code: 'CONSENT_REQUIRED',
          householdId: A,
          categoriesBelow: ['IDENTITY'],
        }),
        expect.objectContaining({
          code: 'CONSENT_REQUIRED',
          householdId: B,
          categoriesBelow: ['IDENTITY'],
        }),
      ]);
    });
  });
});
