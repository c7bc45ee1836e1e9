/**
 * Trust: nobody reads anything without an agency user's valid token and a declared purpose, no
 * subgraph answers anyone but the gateway, and operations are bounded — all through the real
 * gateway and subgraphs.
 */
import { randomUUID } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoHouseholds } from '@wohnnetz/demo-data';
import { createEphemeralDevIssuer, startGateway, type GatewayOptions } from '@wohnnetz/gateway';
import {
  MAX_SUBGRAPH_BODY_BYTES,
  SUBGRAPH_NAMES,
  gatewayKeySet,
  generateGatewaySigningKeys,
  operationHash,
  signInternalToken,
  type Caller,
  type SubgraphName,
} from '@wohnnetz/service-kit';
import {
  TEST_CALLER,
  closedPort,
  postGraphQL,
  startTestHub,
  type GraphQLResponse,
  type TestHub,
} from '@wohnnetz/testing';

const QUERY = '{ households(first: 2) { nodes { id reference members { givenName } } } }';
const ENTITIES =
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id } } }';
const SERVICE_SDL = '{ _service { sdl } }';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ households: 4 });
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

const subgraphCalls = () =>
  SUBGRAPH_NAMES.reduce((sum, name) => sum + hub.subgraphs[name].requests.total, 0);

async function asUser(token: string | undefined, purpose: string | undefined, query = QUERY) {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (purpose !== undefined) headers['x-purpose'] = purpose;
  return postGraphQL(hub.gatewayUrl, query, {}, headers);
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

interface ExtraGateway {
  /** Its GraphQL endpoint. */
  graphqlUrl: string;
  /** Posts an operation as an agency user of housing-dortmund, for CASE_COORDINATION. */
  query(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/**
 * Starts a second gateway in front of the hub's subgraphs, with its own issuer of user tokens
 * and, where the overrides say so, other options than the hub's gateway.
 */
async function startExtraGateway(overrides: Partial<GatewayOptions>): Promise<ExtraGateway> {
  const issuer = await createEphemeralDevIssuer();
  const gateway = await startGateway({
    port: 0,
    mode: 'test',
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, `${hub.subgraphs[name].url}/graphql`]),
    ) as Record<SubgraphName, string>,
    userTokens: { issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys },
    signingKeys: hub.signingKeys,
    ...overrides,
  });
  return {
    graphqlUrl: `${gateway.url}/graphql`,
    query: async (query, variables = {}) =>
      postGraphQL(`${gateway.url}/graphql`, query, variables, {
        authorization: `Bearer ${await issuer.mint({ agencyId: 'housing-dortmund' })}`,
        'x-purpose': 'CASE_COORDINATION',
      }),
    close: () => gateway.close(),
  };
}

describe('the gateway authenticates agency users', () => {
  test('a valid token with a declared purpose gets data', async () => {
    const response = await asUser(
      await hub.token({ agencyId: 'housing-dortmund' }),
      'EVICTION_PREVENTION',
      '{ households(first: 2) { totalCount nodes { id municipality } } }',
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  /** A token that is refused, and what the answer says about it. */
  const refusals: [string, () => Promise<string | undefined>, string][] = [
    ['no token', () => Promise.resolve(undefined), 'an agency user token is required'],
    [
      'an expired token',
      () => hub.token({ agencyId: 'housing-dortmund', expiresIn: '-1m' }),
      'the agency user token has expired',
    ],
    [
      'a token older than 30 days, whatever its expiry',
      () =>
        hub.token({
          agencyId: 'housing-dortmund',
          issuedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000),
        }),
      'the agency user token was issued more than 30 days ago',
    ],
    [
      'a token issued in the future (beyond a clock running a moment ahead)',
      () => hub.token({ agencyId: 'housing-dortmund', issuedAt: new Date(Date.now() + 60_000) }),
      "the agency user token's iat claim lies in the future",
    ],
    [
      'a token that expired a second ago (the clocks’ tolerance is not for its end)',
      () => hub.token({ agencyId: 'housing-dortmund', expiresIn: '-1s' }),
      'the agency user token has expired',
    ],
    [
      'a token from another issuer',
      () => hub.token({ agencyId: 'housing-dortmund', issuer: 'https://idp.example.org' }),
      "the agency user token's iss claim names an issuer the gateway does not trust",
    ],
    [
      'a token for another audience',
      () => hub.token({ agencyId: 'housing-dortmund', audience: 'another-service' }),
      "the agency user token's aud claim does not name this hub",
    ],
    [
      'a token signed with a key the gateway does not trust',
      async () => (await createEphemeralDevIssuer()).mint({ agencyId: 'housing-dortmund' }),
      'the agency user token is signed with a key the gateway does not know',
    ],
    [
      'a token whose signature does not match it',
      async () => {
        const [header, payload, signature] = (
          await hub.token({ agencyId: 'housing-dortmund' })
        ).split('.');
        const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as object;
        return `${header}.${base64url({ ...claims, agency: 'housing-hagen' })}.${signature}`;
      },
      "the agency user token's signature is invalid",
    ],
    [
      'an unsigned token (alg: none)',
      () =>
        Promise.resolve(
          `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
            iss: 'urn:wohnnetz:dev-issuer',
            aud: 'wohnnetz',
            sub: 'intruder',
            agency: 'housing-dortmund',
            agency_kind: 'HOUSING_OFFICE',
            roles: ['caseworker'],
            exp: Math.floor(Date.now() / 1000) + 600,
          })}.`,
        ),
      'the agency user token must be signed with one of ES256, ES384, RS256, PS256, EdDSA',
    ],
    [
      'a token with a critical header parameter the gateway does not support',
      async () => {
        const [, payload, signature] = (await hub.token({ agencyId: 'housing-dortmund' })).split(
          '.',
        );
        const header = {
          alg: 'ES256',
          typ: 'JWT',
          crit: ['urn:example:policy'],
          'urn:example:policy': 1,
        };
        return `${base64url(header)}.${payload}.${signature}`;
      },
      'the agency user token marks header parameters as critical (crit) that the gateway does not support',
    ],
    [
      'a token that is not a JWT',
      () => Promise.resolve('not-a-jwt'),
      'the agency user token is not a signed JWT',
    ],
    [
      'a subject longer than OpenID Connect allows (255)',
      () => hub.token({ agencyId: 'housing-dortmund', subject: 's'.repeat(256) }),
      "the token's subject must be at most 255 characters of well-formed text without control characters",
    ],
    [
      'a subject with a control character',
      () => hub.token({ agencyId: 'housing-dortmund', subject: 'user\u0000@housing' }),
      "the token's subject must be at most 255 characters of well-formed text without control characters",
    ],
    [
      // Recorded as the actor of consents and access-log entries, it would be stored with a
      // replacement character: another actor than the token names.
      'a subject with half of a surrogate pair',
      () => hub.token({ agencyId: 'housing-dortmund', subject: 'user\ud800@housing' }),
      "the token's subject must be at most 255 characters of well-formed text without control characters",
    ],
    [
      'a blank subject',
      () => hub.token({ agencyId: 'housing-dortmund', subject: ' \u200b ' }),
      'the token has no subject',
    ],
  ];

  test.each(refusals)(
    '%s is refused with 401 before any subgraph is called',
    async (_case, token, message) => {
      const before = subgraphCalls();
      const response = await asUser(await token(), 'EVICTION_PREVENTION');
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0]?.message).toBe(message);
      expect(response.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
      expect(subgraphCalls()).toBe(before);
    },
  );

  test('a token from an identity provider whose clock runs a moment ahead is taken', async () => {
    // Issued 2 s "in the future": an identity provider a few milliseconds ahead of the gateway
    // has crossed the next second first, and its iat names that second.
    const token = await hub.token({
      agencyId: 'housing-dortmund',
      issuedAt: new Date(Date.now() + 2_000),
    });
    const response = await asUser(token, 'EVICTION_PREVENTION');
    expect(response.status).toBe(200);
    expect(response.data).not.toBeNull();
    expect(response.errors?.map((error) => error.extensions?.code)).not.toContain(
      'UNAUTHENTICATED',
    );
  });

  test('a 401 says how to authenticate; the scheme is case-insensitive, one token only', async () => {
    const token = await hub.token({ agencyId: 'housing-dortmund' });
    const ask = (authorization: string) =>
      fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization,
          'x-purpose': 'CASE_COORDINATION',
        },
        body: JSON.stringify({ query: '{ households(first: 1) { totalCount } }' }),
      });
    const refused = await ask('Basic dXNlcjpwYXNz');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="wohnnetz"');
    expect((await ask(`bearer ${token}`)).status).toBe(200);
    expect((await ask(`Bearer ${token} ${token}`)).status).toBe(401);
  });

  test('a token without the Bearer scheme is told how to send it, no token at all that one is needed', async () => {
    const token = await hub.token({ agencyId: 'housing-dortmund' });
    for (const authorization of [token, 'Basic dXNlcjpwYXNz', `Bearer ${token} ${token}`]) {
      const refused = await postGraphQL(
        hub.gatewayUrl,
        '{ households(first: 1) { totalCount } }',
        {},
        { authorization, 'x-purpose': 'CASE_COORDINATION' },
      );
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0]?.message).toBe(
        "the Authorization header must be 'Bearer <token>' with an agency user token",
      );
    }
    const none = await asUser(undefined, 'CASE_COORDINATION');
    expect(none.errors?.[0]?.message).toBe('an agency user token is required');
  });

  test('two Authorization headers are refused: a proxy might read the other one', async () => {
    const token = await hub.token({ agencyId: 'housing-dortmund' });
    const url = new URL(hub.gatewayUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ query: '{ __typename }' });
      const call = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          // Raw pairs: fetch would join the two values into one.
          headers: [
            'content-type',
            'application/json',
            'x-purpose',
            'CASE_COORDINATION',
            'authorization',
            `Bearer ${token}`,
            'authorization',
            'Bearer other',
          ],
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      call.on('error', reject);
      call.end(body);
    });
    expect(status).toBe(400);
  });
});

describe("a user's subject is recorded whole", () => {
  test('a 255-character subject records and withdraws a consent, named in its history', async () => {
    const subject = `${'s'.repeat(240)}@housing-hagen`.padEnd(255, 'x');
    const headers = {
      authorization: `Bearer ${await hub.token({ agencyId: 'housing-hagen', subject })}`,
      'x-purpose': 'CASE_COORDINATION',
    };
    const recorded = await postGraphQL<{ recordConsent: { id: string } }>(
      hub.gatewayUrl,
      'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          householdId: demoHouseholds(4).find((household) => household.municipality === 'HAGEN')!
            .id,
          grantorName: 'Long Subject',
          recipientAgencyId: 'jobcenter-hagen',
          categories: ['HOUSING_SITUATION'],
          purposes: ['CASE_COORDINATION'],
          form: 'WRITTEN',
          informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
          informationLanguage: 'de',
          documentReference: 'LONG-SUBJECT-1',
        },
      },
      headers,
    );
    expect(recorded.errors).toBeUndefined();
    const withdrawn = await postGraphQL<{
      withdrawConsent: { history: { kind: string; actor: string }[] };
    }>(
      hub.gatewayUrl,
      'mutation ($id: ID!) { withdrawConsent(id: $id) { history { kind actor } } }',
      { id: recorded.data!.recordConsent.id },
      headers,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawConsent.history).toEqual([
      { kind: 'GIVEN', actor: subject },
      { kind: 'WITHDRAWN', actor: subject },
    ]);
  });
});

describe('an agency id is as long as the hub records it', () => {
  const READ_GUARDED = '{ households(first: 2) { nodes { id members { givenName } } } }';
  const agency = (id: string) =>
    hub.token({ agencyId: 'housing-dortmund', claims: { agency: id } });

  test('64 characters: its guarded fields are decided (and logged) as for any agency (not registered: refused as not taking part)', async () => {
    const response = await asUser(
      await agency('a'.repeat(64)),
      'EVICTION_PREVENTION',
      READ_GUARDED,
    );
    expect(response.status).toBe(200);
    expect(response.data?.households).toBeTruthy();
    const codes = new Set((response.errors ?? []).map((error) => error.extensions?.code));
    expect([...codes]).toEqual(['AGENCY_NOT_TAKING_PART']);
  });

  test('"unknown", which the records use for an agency not known: refused with 401 before any subgraph is called', async () => {
    const before = subgraphCalls();
    const response = await asUser(await agency('unknown'), 'EVICTION_PREVENTION', READ_GUARDED);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]).toMatchObject({
      message: `the token's agency "unknown" is reserved for records whose agency is not known`,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(subgraphCalls()).toBe(before);
  });

  test.each([
    ['65 characters', 'a'.repeat(65)],
    ['a control character', 'housing\u0000dortmund'],
  ])('%s: refused with 401 before any subgraph is called', async (_case, id) => {
    const before = subgraphCalls();
    const response = await asUser(await agency(id), 'EVICTION_PREVENTION', READ_GUARDED);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]).toMatchObject({
      message: "the token's agency must be at most 64 characters without control characters",
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(subgraphCalls()).toBe(before);
  });
});

describe('every request declares a purpose', () => {
  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['unknown', 'CURIOSITY'],
  ])('a %s purpose is refused with PURPOSE_REQUIRED', async (_case, purpose) => {
    const before = subgraphCalls();
    const response = await asUser(await hub.token({ agencyId: 'housing-dortmund' }), purpose);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
    expect(response.errors?.[0]?.message).toMatch(/EVICTION_PREVENTION/);
    expect(subgraphCalls()).toBe(before);
  });

  test('a role may declare only its purposes', async () => {
    const trainer = await hub.token({ agencyId: 'training-hagen' });
    const refused = await asUser(trainer, 'EVICTION_PREVENTION');
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe(
      'the role trainer may not declare EVICTION_PREVENTION',
    );
    const twoRoles = await hub.token({
      agencyId: 'training-hagen',
      roles: ['trainer', 'data_protection_officer'],
    });
    const alsoRefused = await asUser(twoRoles, 'EVICTION_PREVENTION');
    expect(alsoRefused.status).toBe(403);
    expect(alsoRefused.errors?.[0]?.message).toBe(
      'the roles trainer, data_protection_officer may not declare EVICTION_PREVENTION',
    );
    const allowed = await asUser(trainer, 'TRAINING', '{ courses { nodes { id } } }');
    expect(allowed.errors).toBeUndefined();
  });

  test.each([
    ['landlord-hagen-gmbh', 'HOUSING_PLACEMENT'],
    ['training-hagen', 'TRAINING'],
  ])('only case workers list the households: %s reads one by its id', async (agencyId, purpose) => {
    const token = await hub.token({ agencyId });
    const list = await asUser(token, purpose, '{ households(first: 1) { totalCount } }');
    expect(list.data).toBeNull();
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(list.errors?.[0]?.message).toMatch(/^Query.households needs the role caseworker$/);
    const id = demoHouseholds(1)[0]!.id;
    const one = await asUser(token, purpose, `{ household(id: "${id}") { id } }`);
    expect(one.errors).toBeUndefined();
    expect((one.data as { household: { id: string } }).household.id).toBe(id);
  });

  test("a role counts only for its agency kinds: a landlord's user is no case worker", async () => {
    const token = await hub.token({ agencyId: 'landlord-hagen-gmbh', roles: ['caseworker'] });
    const refused = await asUser(token, 'CASE_COORDINATION');
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('nor beside a role of its own: the subgraphs see only the roles meant for its kind', async () => {
    const token = await hub.token({
      agencyId: 'landlord-hagen-gmbh',
      roles: ['landlord_staff', 'caseworker'],
    });
    // Its own role lets it declare the purpose; the case worker's rights do not come with it.
    const list = await asUser(
      token,
      'HOUSING_PLACEMENT',
      '{ households(first: 1) { totalCount } }',
    );
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const householdId = demoHouseholds(1)[0]!.id;
    const recorded = await asUser(
      token,
      'HOUSING_PLACEMENT',
      `mutation { recordConsent(input: { householdId: "${householdId}", grantorName: "Role Test",
        recipientAgencyId: "landlord-hagen-gmbh", categories: [IDENTITY], purposes: [HOUSING_PLACEMENT],
        form: WRITTEN, informedOf: [PURPOSE, CONSEQUENCES_OF_REFUSAL, RIGHT_TO_WITHDRAW],
        informationLanguage: "de", documentReference: "ROLE-1" }) { id } }`,
    );
    expect(recorded.data).toEqual({ recordConsent: null });
    expect(recorded.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('no subgraph answers anyone but the gateway', () => {
  const caller: Caller = { ...TEST_CALLER, requestId: randomUUID() };
  const operations: [string, string, Record<string, unknown>][] = [
    ['_entities', ENTITIES, { r: [{ __typename: 'Household', id: randomUUID() }] }],
    ['_service', SERVICE_SDL, {}],
  ];
  const post = (name: SubgraphName, query: string, variables: object, token?: string) =>
    postGraphQL(
      `${hub.subgraphs[name].url}/graphql`,
      query,
      variables as Record<string, unknown>,
      token ? { authorization: `Bearer ${token}` } : {},
    );
  const sign = (audience: string, query: string, variables: object, ttl?: number) =>
    signInternalToken(
      hub.signingKeys.active,
      audience,
      caller,
      operationHash(query, variables),
      ttl,
    );

  describe.each(SUBGRAPH_NAMES)('%s', (name) => {
    test.each(operations)('%s without a gateway token: 401', async (_op, query, variables) => {
      const response = await post(name, query, variables);
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    test.each(operations)(
      '%s with a token for another subgraph: 401',
      async (_op, query, variables) => {
        const other = SUBGRAPH_NAMES.find((candidate) => candidate !== name)!;
        const response = await post(name, query, variables, await sign(other, query, variables));
        expect(response.status).toBe(401);
      },
    );

    test.each(operations)('%s with an expired token: 401', async (_op, query, variables) => {
      const response = await post(name, query, variables, await sign(name, query, variables, -5));
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.message).toMatch(/exp/);
    });

    test('a token from a gateway whose clock runs a moment ahead is taken', async () => {
      // Signed 2 s "in the future": a gateway host's clock that is ahead of the subgraph's by a
      // few milliseconds has crossed the next second first, and its iat names that second.
      const variables = { r: [{ __typename: 'Household', id: randomUUID() }] };
      const now = Date.now();
      const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 2_000);
      let token: string;
      try {
        token = await sign(name, ENTITIES, variables);
      } finally {
        clock.mockRestore();
      }
      expect((await post(name, ENTITIES, variables, token)).status).toBe(200);
      // The tolerance is for iat only: a token that expired a second ago is not taken.
      const expired = await post(
        name,
        ENTITIES,
        variables,
        await sign(name, ENTITIES, variables, -1),
      );
      expect(expired.status).toBe(401);
      expect(expired.errors?.[0]?.message).toMatch(/exp/);
    });

    test.each(operations)(
      '%s with a token that lives longer than 30 s: 401',
      async (_op, query, variables) => {
        const response = await post(name, query, variables, await sign(name, query, variables, 31));
        expect(response.status).toBe(401);
        expect(response.errors?.[0]?.message).toMatch(/lives longer than 30 s/);
      },
    );

    test.each(operations)(
      '%s with a token replayed for another operation: 401',
      async (_op, query, variables) => {
        const captured = await sign(name, QUERY, {});
        const response = await post(name, query, variables, captured);
        expect(response.status).toBe(401);
        expect(response.errors?.[0]?.message).toMatch(/another operation/);
      },
    );

    test('_entities with the same token but other variables: 401', async () => {
      const variables = { r: [{ __typename: 'Household', id: randomUUID() }] };
      const token = await sign(name, ENTITIES, variables);
      const replayed = { r: [{ __typename: 'Household', id: randomUUID() }] };
      expect((await post(name, ENTITIES, variables, token)).status).toBe(200);
      expect((await post(name, ENTITIES, replayed, token)).status).toBe(401);
    });

    test('the same query text and variables with another operation name: 401', async () => {
      // A document with two operations: the token is issued for the harmless one.
      const document = `query Harmless { __typename } ${ENTITIES.replace('query', 'query Other')}`;
      const variables = { r: [{ __typename: 'Household', id: randomUUID() }] };
      const token = await signInternalToken(
        hub.signingKeys.active,
        name,
        caller,
        operationHash(document, variables, 'Harmless'),
      );
      const postNamed = async (operationName?: string) => {
        const response = await fetch(`${hub.subgraphs[name].url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: document, operationName, variables }),
        });
        const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
        return { status: response.status, body };
      };
      const before = hub.subgraphs[name].requests.total;
      const signed = await postNamed('Harmless');
      expect(signed.status).toBe(200);
      expect(signed.body.data).toEqual({ __typename: 'Query' });
      for (const replayed of ['Other', undefined]) {
        const refused = await postNamed(replayed);
        expect(refused.status).toBe(401);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(refused.body.errors?.[0]?.message).toMatch(/another operation/);
        expect(refused.body.data ?? null).toBeNull();
      }
      // Only the signed request reached GraphQL.
      expect(hub.subgraphs[name].requests.total).toBe(before + 1);
    });

    test('a token that does not name the kind of gateway operation it serves: 401', async () => {
      // The registry keeps a request's grants only for a query: the claim must be one of the three.
      const token = await signInternalToken(
        hub.signingKeys.active,
        name,
        { ...caller, operationType: 'read' as Caller['operationType'] },
        operationHash(ENTITIES, {}),
      );
      const response = await post(name, ENTITIES, {}, token);
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.message).toMatch(/lacks caller claims/);
    });

    test('an entity call far larger than a client may send is answered; over 4 MiB: 413', async () => {
      // 12,000 representations, about 700 kB: the gateway's call for a long list of references.
      const variables = {
        r: Array.from({ length: 12_000 }, () => ({ __typename: 'Household', id: randomUUID() })),
      };
      const answered = await post(name, ENTITIES, variables, await sign(name, ENTITIES, variables));
      expect(answered.status).toBe(200);
      expect((answered.data as { _entities: unknown[] })._entities).toHaveLength(12_000);
      const tooLarge = {
        r: [{ __typename: 'Household', id: 'x'.repeat(MAX_SUBGRAPH_BODY_BYTES) }],
      };
      const refused = await post(name, ENTITIES, tooLarge, await sign(name, ENTITIES, tooLarge));
      expect(refused.status).toBe(413);
      expect(refused.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    test('a token signed with another key: 401', async () => {
      const foreign = await generateGatewaySigningKeys();
      const token = await signInternalToken(
        foreign.active,
        name,
        caller,
        operationHash(ENTITIES, {}),
      );
      expect((await post(name, ENTITIES, {}, token)).status).toBe(401);
    });

    test('_service and introspection are off outside development, even with a valid token', async () => {
      const sdl = await post(name, SERVICE_SDL, {}, await sign(name, SERVICE_SDL, {}));
      expect(sdl.errors?.[0]?.message).toMatch(/_service is disabled outside development/);
      expect(sdl.data ?? null).toBeNull();
      const schemaQuery = '{ __schema { types { name } } }';
      const introspection = await post(name, schemaQuery, {}, await sign(name, schemaQuery, {}));
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    });
  });
});

describe('operations are bounded before any subgraph is called', () => {
  async function refusedWith(
    query: string,
    code: string,
    variables: Record<string, unknown> = {},
    gatewayUrl = hub.gatewayUrl,
    operationName?: string,
  ) {
    const before = subgraphCalls();
    const response = await postGraphQL(
      gatewayUrl,
      query,
      variables,
      {
        authorization: `Bearer ${await hub.token({ agencyId: 'housing-dortmund' })}`,
        'x-purpose': 'CASE_COORDINATION',
      },
      operationName,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(subgraphCalls()).toBe(before);
  }

  test('too many aliases: TOO_MANY_ALIASES', async () => {
    const aliases = Array.from(
      { length: 11 },
      (_, i) => `a${i}: households(first: 1) { totalCount }`,
    ).join(' ');
    await refusedWith(`{ ${aliases} }`, 'TOO_MANY_ALIASES');
  });

  describe('an over-costly query: QUERY_TOO_COSTLY', () => {
    // Ten pages of 100 households: about 78,000, over the limit of 75,000.
    const pages = (first: string) =>
      Array.from(
        { length: 10 },
        (_, i) =>
          `p${i}: households${first} { nodes { id reference members { id givenName familyName birthDate } tenancy { unit { street landlord { name } } } supportCases { provider { name } } } }`,
      ).join(' ');

    test('with its page sizes written in the query', async () => {
      await refusedWith(`{ ${pages('(first: 100)')} }`, 'QUERY_TOO_COSTLY');
    });

    test("with a page of each household's consents, counted by its page size, the default of 20 too", async () => {
      const consents = (args: string) =>
        `households(first: 100) { nodes { id consents${args} { totalCount nodes { id categories purposes validFrom validUntil state recipientAgency { id name } } } } }`;
      await refusedWith(`{ ${consents('')} }`, 'QUERY_TOO_COSTLY');
      await refusedWith(`query ($n: Int!) { ${consents('(first: $n)')} }`, 'QUERY_TOO_COSTLY', {
        n: 20,
      });
      // Their count alone (as the typed client's HouseholdCaseContexts asks) is within the limit.
      const counted = await hub.queryAs(
        'housing-dortmund',
        'CASE_COORDINATION',
        '{ households(first: 100) { nodes { id consents { totalCount } } } }',
      );
      expect(counted.errors).toBeUndefined();
    });

    test('with its page sizes given as variables', async () => {
      await refusedWith(`query ($n: Int!) { ${pages('(first: $n)')} }`, 'QUERY_TOO_COSTLY', {
        n: 100,
      });
    });

    test("with a variable's default page size", async () => {
      await refusedWith(`query ($n: Int = 100) { ${pages('(first: $n)')} }`, 'QUERY_TOO_COSTLY');
    });

    test.each(['constructor', 'valueOf', '__proto__'])(
      'with the default page size of a variable named %s (a property every object has)',
      async (name) => {
        await refusedWith(
          `query ($${name}: Int = 100) { ${pages(`(first: $${name})`)} }`,
          'QUERY_TOO_COSTLY',
        );
      },
    );

    test('with another operation of the document declaring a small default of the same name', async () => {
      await refusedWith(
        `query Big($n: Int = 100) { ${pages('(first: $n)')} }
         query Small($n: Int = 1) { households(first: $n) { totalCount } }`,
        'QUERY_TOO_COSTLY',
        {},
        hub.gatewayUrl,
        'Big',
      );
    });
  });

  describe('a list selected inside itself: QUERY_TOO_COSTLY', () => {
    // A household's consents each refer back to their household: selected inside themselves,
    // before they were paged, N consents of one household came back N³ times (40 consents, 135
    // bytes of query: 64,000 consents, 3 MB, in one answer), and the cost rule counted each list
    // once. A page's items (ConsentGrantConnection.nodes, also recordedConsents') are such a list.
    const householdId = demoHouseholds(1)[0]!.id;

    test('directly', async () => {
      await refusedWith(
        `{ household(id: "${householdId}") { consents { nodes { household { consents { nodes { id } } } } } } }`,
        'QUERY_TOO_COSTLY',
      );
    });

    test('through a fragment, under a paged list', async () => {
      await refusedWith(
        `query { recordedConsents(first: 100) { nodes { household { ...Again } } } }
         fragment Again on Household { consents { nodes { id } } }`,
        'QUERY_TOO_COSTLY',
      );
    });

    test('once on each path is answered, also twice side by side', async () => {
      const response = await hub.queryAs(
        'housing-dortmund',
        'CASE_COORDINATION',
        `{ household(id: "${householdId}") { consents { nodes { id history { id } household { id } } } again: consents { nodes { id } } } }`,
      );
      expect(response.errors).toBeUndefined();
    });
  });

  test('more than 2,000 tokens: QUERY_TOO_LARGE', async () => {
    await refusedWith(`{ ${'__typename '.repeat(2000)} }`, 'QUERY_TOO_LARGE');
  });

  test('a value nested thousands of levels deep: QUERY_TOO_LARGE', async () => {
    // graphql-js's parser recurses per level of a list value: on a small or cold stack it runs
    // out of it before the token limit stops it (gateway/src/limits.test.ts); either way the
    // answer is the limit's code.
    await refusedWith(
      `{ household(id: ${'['.repeat(3_000)}"x"${']'.repeat(3_000)}) { id } }`,
      'QUERY_TOO_LARGE',
    );
  });

  test('an over-deep query: QUERY_TOO_DEEP', async () => {
    // The schema has no cycles deeper than the default limit, so this gateway allows depth 4.
    let gateway: ExtraGateway | undefined;
    try {
      gateway = await startExtraGateway({ limits: { maxDepth: 4 } });
      const before = subgraphCalls();
      const response = await gateway.query(
        '{ households(first: 1) { nodes { tenancy { unit { street } } } } }',
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
      expect(subgraphCalls()).toBe(before);
    } finally {
      await gateway?.close();
    }
  });

  test('an oversized request body: 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await asUser(
      await hub.token({ agencyId: 'housing-dortmund' }),
      'CASE_COORDINATION',
      `{ __typename } # ${'x'.repeat(100_000)}`,
    );
    expect(response.status).toBe(413);
    expect(response.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    // Refused before GraphQL runs, and still named by its request id.
    expect(response.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.errors?.[0]?.extensions?.requestId).toBe(response.requestId);
  });

  test('every answer GraphQL ran names its request id in its extensions, as the header does', async () => {
    const token = await hub.token({ agencyId: 'housing-dortmund' });
    // A full answer has no error to carry it; a client that sees no headers reads it there.
    const answered = await asUser(token, 'CASE_COORDINATION', '{ agencies { id } }');
    expect(answered.status).toBe(200);
    expect(answered.errors).toBeUndefined();
    expect(answered.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answered.extensions).toEqual({ requestId: answered.requestId });
    // One refused by validation: there too, and in its error.
    const refused = await asUser(token, 'CASE_COORDINATION', '{ nothingHere }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.extensions).toEqual({ requestId: refused.requestId });
    expect(refused.errors?.[0]?.extensions?.requestId).toBe(refused.requestId);
  });

  test('introspection is off outside development', async () => {
    const response = await hub.queryAs(
      'housing-dortmund',
      'CASE_COORDINATION',
      '{ __schema { types { name } } }',
    );
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });
});

describe('a subgraph call is never larger than subgraphs accept', () => {
  test('an answer that needs a larger entity call: RESULT_TOO_LARGE, the call is not sent', async () => {
    // Each consent refers to its household, so housing's entity call for a page of 100 consents
    // carries about 7 kB: over this gateway's 4 kB (the hub's gateways send up to 4 MiB; a page
    // of at most 100 keeps the call far below that however long the history, ADR 0029).
    let gateway: ExtraGateway | undefined;
    const householdId = demoHouseholds(1)[0]!.id;
    await hub.giveConsent({
      agencyId: 'housing-dortmund',
      categories: ['HOUSING_SITUATION'],
      purposes: ['CASE_COORDINATION'],
      households: 1,
    });
    try {
      gateway = await startExtraGateway({ maxSubgraphCallBytes: 4 * 1024 });
      await hub.withGrantCopies(householdId, 200, async () => {
        const housingCalls = () => hub.subgraphs.housing.requests.total;
        const before = housingCalls();
        const response = await gateway!.query(
          `{ household(id: "${householdId}") { reference consents(first: 100) { nodes { household { reference } } } } }`,
        );
        expect(response.errors?.map((error) => error.extensions?.code)).toEqual([
          'RESULT_TOO_LARGE',
        ]);
        expect(response.errors?.[0]?.message).toMatch(/housing entities .* ask for fewer items/);
        // The household itself was answered (housing's first call); the entity call was not sent.
        const { household } = response.data as { household: { reference: unknown } };
        expect(household.reference).toMatch(/^[A-Z]{2}-2026-\d{4}$/);
        expect(housingCalls() - before).toBe(1);
      });
    } finally {
      await gateway?.close();
    }
  });

  test('a gateway cannot be set to send more than subgraphs accept', async () => {
    await expect(startExtraGateway({ maxSubgraphCallBytes: 5 * 1024 * 1024 })).rejects.toThrow(
      /maxSubgraphCallBytes/,
    );
  });
});

describe("a client's mistakes are named as such, before any subgraph is called", () => {
  const PAGE = 'households(first: $f) { totalCount }';
  test.each([
    [
      'two operations and no operation name',
      'query A { agencies { id } } query B { agencies { id } }',
      {},
      undefined,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'an unknown operation name',
      'query A { agencies { id } }',
      {},
      'B',
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'a subscription',
      'subscription { agencies { id } }',
      {},
      undefined,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'null for a page size',
      `query ($f: Int) { ${PAGE} }`,
      { f: null },
      undefined,
      'BAD_USER_INPUT',
    ],
    [
      'a page size that is no number',
      `query ($f: Int) { ${PAGE} }`,
      { f: 'x' },
      undefined,
      'BAD_USER_INPUT',
    ],
    [
      'a required variable left out',
      `query ($f: Int!) { ${PAGE} }`,
      {},
      undefined,
      'BAD_USER_INPUT',
    ],
  ])('%s: 400 %s', async (_case, query, variables, operationName, code) => {
    const before = subgraphCalls();
    const response = await postGraphQL(
      hub.gatewayUrl,
      query,
      variables,
      {
        authorization: `Bearer ${await hub.token({ agencyId: 'housing-dortmund' })}`,
        'x-purpose': 'CASE_COORDINATION',
      },
      operationName,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    expect(subgraphCalls()).toBe(before);
  });

  test("a variable's default page size is a page size", async () => {
    const response = await hub.queryAs(
      'housing-dortmund',
      'CASE_COORDINATION',
      `query ($f: Int = 2) { ${PAGE} }`,
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('errors say what happened, and nothing more', () => {
  test.each([
    ['unreachable', 0],
    ['answering 503', 503],
    ['answering a page that is no key set', 200],
  ])(
    "an issuer whose keys cannot be had (%s) is the hub's fault: 500, nothing of the network told",
    async (_case, status) => {
      let gateway: ExtraGateway | undefined;
      // The identity provider's key endpoint: none at all, or one that answers wrongly.
      const provider = createServer((_req, res) => {
        res.writeHead(status, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
      });
      await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
      const port = status === 0 ? await closedPort() : (provider.address() as AddressInfo).port;
      const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const issuer = await createEphemeralDevIssuer();
        gateway = await startExtraGateway({
          userTokens: {
            issuer: issuer.issuer,
            audience: issuer.audience,
            keys: gatewayKeySet(new URL(`http://127.0.0.1:${port}/.well-known/jwks.json`)),
          },
        });
        const response = await gateway.query(QUERY);
        // The client gets the code and the request id, not a word of the network or the
        // provider: the whole answer compared (a pattern such as /503/ could match the random
        // request id); the log has the request id with what went wrong.
        const requestId = response.errors?.[0]?.extensions?.requestId;
        expect(requestId).toEqual(expect.any(String));
        expect(response).toEqual({
          status: 500,
          requestId,
          errors: [
            {
              message: 'Internal server error',
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
            },
          ],
        });
        const logged = spy.mock.calls.map(([first, second]) => [
          String(first),
          second instanceof Error ? second.message : String(second),
        ]);
        expect(logged).toContainEqual([
          `internal error (request ${String(requestId)}):`,
          expect.stringMatching(
            /^the identity provider's keys could not be read \(AUTH_JWKS_URL or AUTH_JWKS_FILE\): /,
          ),
        ]);
      } finally {
        spy.mockRestore();
        await gateway?.close();
        await new Promise((resolve) => provider.close(resolve));
      }
    },
  );

  test("a subgraph's refusal of the gateway is an internal error, not the user's", async () => {
    let gateway: ExtraGateway | undefined;
    let spy: jest.SpiedFunction<typeof console.error> | undefined;
    try {
      // Keys the subgraphs do not trust: a misconfigured gateway.
      gateway = await startExtraGateway({ signingKeys: await generateGatewaySigningKeys() });
      spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const response = await gateway.query(QUERY);
      const logged = spy.mock.calls.map(([first]) => String(first));
      spy.mockRestore();
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|UNAUTHENTICATED/);
      const requestId = response.errors?.[0]?.extensions?.requestId;
      expect(requestId).toEqual(expect.any(String));
      // Logged under the request id the client was given, with the subgraph's reason.
      expect(logged).toContain(`internal error (request ${String(requestId)}):`);
      expect(logged).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^subgraph housing refused the call \\(request ${String(requestId)}\\): answered 401 Unauthorized: "gateway token rejected: .+" \\(UNAUTHENTICATED\\)$`,
          ),
        ),
      );
    } finally {
      spy?.mockRestore();
      await gateway?.close();
    }
  });
});

describe('the HTTP surface: POST and JSON only, refused before anything runs', () => {
  const send = async (init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  }) => {
    const token = await hub.token({ agencyId: 'housing-hagen' });
    const response = await fetch(hub.gatewayUrl, {
      method: init.method ?? 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-purpose': 'CASE_COORDINATION',
        ...init.headers,
      },
      body: init.body,
    });
    const text = await response.text();
    return { response, text, json: () => JSON.parse(text) as GraphQLResponse };
  };
  const codeOf = (answer: { json: () => GraphQLResponse }) =>
    answer.json().errors?.[0]?.extensions?.code;

  test('GET is refused with 405 and Allow: POST, so no variable ends up in a URL', async () => {
    const query = encodeURIComponent('{ households(first: 1) { totalCount } }');
    const answer = await send({ method: 'GET', headers: { 'apollo-require-preflight': '1' } });
    const withQuery = await fetch(`${hub.gatewayUrl}?query=${query}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    for (const response of [answer.response, withQuery]) {
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
    expect(codeOf(answer)).toBe('METHOD_NOT_ALLOWED');
    expect(answer.json().errors?.[0]?.extensions?.requestId).toBe(
      answer.response.headers.get('x-request-id'),
    );
  });

  test('an Accept header that takes no JSON: 406, and the mutation did not run', async () => {
    const householdId = demoHouseholds(4).find(
      (household) => household.municipality === 'HAGEN',
    )!.id;
    const answer = await send({
      headers: { accept: 'text/html' },
      body: JSON.stringify({
        query: `mutation { recordConsent(input: { householdId: "${householdId}", grantorName: "Accept Test",
          recipientAgencyId: "welfare-hagen-mitte", categories: [TENANCY], purposes: [TENANCY_SUPPORT],
          form: WRITTEN, informedOf: [PURPOSE, CONSEQUENCES_OF_REFUSAL, RIGHT_TO_WITHDRAW],
          informationLanguage: "de", documentReference: "HTTP-406" }) { id } }`,
      }),
    });
    expect(answer.response.status).toBe(406);
    expect(codeOf(answer)).toBe('NOT_ACCEPTABLE');
    const consents = await hub.queryAs<{
      household: { consents: { nodes: { documentReference: string }[] } };
    }>(
      'housing-hagen',
      'CASE_COORDINATION',
      `{ household(id: "${householdId}") { consents(first: 100) { nodes { documentReference } } } }`,
    );
    expect(
      consents.data!.household.consents.nodes.map((grant) => grant.documentReference),
    ).not.toContain('HTTP-406');
  });

  test.each([
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'application/graphql-response+json; charset=utf-8, application/json; charset=utf-8',
    '*/*',
    'application/json;q=0.9, */*;q=0.1',
  ])('an Accept header of %s is served', async (accept) => {
    const answer = await send({
      headers: { accept },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.response.status).toBe(200);
  });

  test.each(['/nothing', '/graphql/more'])(
    'a path no route serves (%s): 404 as JSON, never an HTML page',
    async (path) => {
      for (const url of [
        `${new URL(hub.gatewayUrl).origin}${path}`,
        `${hub.subgraphs.housing.url}${path}`,
      ]) {
        const response = await fetch(url, { method: 'POST' });
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe(
          'NOT_FOUND',
        );
      }
    },
  );

  test.each([
    ['a charset other than UTF-8', { 'content-type': 'application/json; charset=latin1' }],
    ['an unknown content encoding', { 'content-encoding': 'x-unknown' }],
  ])('a body in %s: 415 as JSON, never an HTML page', async (_case, headers) => {
    const answer = await send({ headers, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(answer.response.status).toBe(415);
    expect(answer.response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(codeOf(answer)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(answer.text).not.toMatch(/node_modules|<pre>/);
  });

  test.each([
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'application/xml',
    'application/graphql',
  ])('a body sent as %s: 415 with the request id, not Apollo’s CSRF advice', async (type) => {
    const answer = await send({
      headers: { 'content-type': type },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.response.status).toBe(415);
    expect(answer.json().errors?.[0]?.extensions).toEqual({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      requestId: answer.response.headers.get('x-request-id'),
    });
    expect(answer.text).toMatch(/content-type: application\/json/);
  });

  test.each([
    ['an empty object', '{}'],
    ['no query', '{"variables": {}}'],
    ['an empty query', '{"query": "  "}'],
    ['a query that is no string', '{"query": {"kind": "Document"}}'],
    ['a batch', '[{"query": "{ __typename }"}]'],
  ])(
    'a body that is not one operation (%s): 400 BAD_REQUEST with the request id',
    async (_case, body) => {
      const answer = await send({ body });
      expect(answer.response.status).toBe(400);
      expect(answer.json().errors?.[0]).toEqual({
        message:
          'the body must be one GraphQL operation: a JSON object with a non-empty "query" (batches are not accepted)',
        extensions: { code: 'BAD_REQUEST', requestId: answer.response.headers.get('x-request-id') },
      });
    },
  );

  test.each([
    ['an operation name that is no string', '{"query": "{ __typename }", "operationName": 5}'],
    ['variables that are a list', '{"query": "{ __typename }", "variables": [1]}'],
    ['variables written as a JSON string', '{"query": "{ __typename }", "variables": "{}"}'],
    ['extensions that are no object', '{"query": "{ __typename }", "extensions": "x"}'],
  ])('%s: 400 BAD_REQUEST with the request id', async (_case, body) => {
    const answer = await send({ body });
    expect(answer.response.status).toBe(400);
    expect(answer.json().errors?.[0]).toEqual({
      message:
        'the body must be one GraphQL operation: "operationName" a string, "variables" and "extensions" JSON objects, where given',
      extensions: { code: 'BAD_REQUEST', requestId: answer.response.headers.get('x-request-id') },
    });
  });

  test('a subgraph answers the same way, before asking for a gateway token', async () => {
    const response = await fetch(`${hub.subgraphs.housing.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: '{}',
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const plain = await fetch(`${hub.subgraphs.housing.url}/graphql`, {
      method: 'POST',
      body: '{}',
    });
    expect(plain.status).toBe(415);
    // Nor without any content type and body at all (a bare `curl -X POST`).
    for (const url of [hub.gatewayUrl, `${hub.subgraphs.housing.url}/graphql`]) {
      const bare = await fetch(url, { method: 'POST' });
      expect(bare.status).toBe(415);
    }
  });

  test('persisted queries are not kept: one agency cannot learn what another asked', async () => {
    const answer = await send({
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
      }),
    });
    expect(codeOf(answer)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  test('answers carry no ETag: a hash of personal data is no validator to hand out', async () => {
    const answer = await send({
      body: JSON.stringify({ query: '{ households(first: 1) { totalCount } }' }),
    });
    expect(answer.response.status).toBe(200);
    expect(answer.response.headers.get('etag')).toBeNull();
  });

  test('without allowed origins, no browser may call from elsewhere: no CORS, preflight 405', async () => {
    const preflight = await fetch(hub.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('an allowed origin gets CORS: preflight, then the answer and its request id', async () => {
    let gateway: ExtraGateway | undefined;
    try {
      gateway = await startExtraGateway({ corsOrigins: ['https://app.example.org'] });
      const preflight = (origin: string) =>
        fetch(gateway!.graphqlUrl, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type,x-purpose',
          },
        });
      const allowed = await preflight('https://app.example.org');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/x-purpose/);
      const other = await preflight('https://elsewhere.example.org');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();

      const answer = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: {
          origin: 'https://app.example.org',
          'content-type': 'application/json',
          authorization: `Bearer ${await hub.token({ agencyId: 'housing-dortmund' })}`,
          'x-purpose': 'CASE_COORDINATION',
        },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      expect(answer.headers.get('access-control-expose-headers')).toBe(
        'x-request-id,www-authenticate',
      );
    } finally {
      await gateway?.close();
    }
  });

  test('in production, a misspelt enum value gets no "did you mean"', async () => {
    let gateway: ExtraGateway | undefined;
    try {
      gateway = await startExtraGateway({ mode: 'production' });
      const response = await gateway.query(
        '{ households(first: 1, municipality: DORTMUN) { totalCount } }',
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0]?.message).not.toMatch(/DORTMUND|Did you mean/);
      const asVariable = await gateway.query(
        'query ($m: Municipality) { households(first: 1, municipality: $m) { totalCount } }',
        { m: 'DORTMUN' },
      );
      expect(asVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(asVariable.errors?.[0]?.message).not.toMatch(/DORTMUND|Did you mean/);
    } finally {
      await gateway?.close();
    }
  });
});
