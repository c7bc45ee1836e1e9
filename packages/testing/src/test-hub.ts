import { randomBytes } from 'node:crypto';
import { createEphemeralDevIssuer, type DevTokenRequest } from '@wohnnetz/gateway';
import { startHub, type RunningHub } from '@wohnnetz/hub';
import { postGraphQL, type GraphQLResponse } from './graphql-request';

export interface TestHub extends RunningHub {
  /** URL of the gateway's GraphQL endpoint. */
  gatewayUrl: string;
  /** A token of the test run's development issuer, which the gateway trusts. */
  token(request: DevTokenRequest): Promise<string>;
  /** Posts an operation to the gateway as a user of `agencyId` declaring `purpose`. */
  queryAs<Data = Record<string, unknown>>(
    agencyId: string,
    purpose: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** Stops the services and drops the test's databases. */
  stop(): Promise<void>;
}

/** The PostgreSQL server of this test run (jest's global setup provides it). */
export function testDatabaseUrl(): string {
  const url = process.env.WOHNNETZ_TEST_DATABASE_URL;
  if (!url) throw new Error('WOHNNETZ_TEST_DATABASE_URL is not set: run the tests through jest');
  return url;
}

/**
 * Starts the whole hub in this process on ephemeral ports, with databases of its own (a random
 * prefix, so parallel test files and parallel runs never collide), seeded with demo households,
 * trusting an in-memory development issuer.
 */
export async function startTestHub(options: { households?: number } = {}): Promise<TestHub> {
  const serverUrl = testDatabaseUrl();
  const issuer = await createEphemeralDevIssuer();
  const hub = await startHub({
    serverUrl,
    databasePrefix: `wn_test_${randomBytes(5).toString('hex')}`,
    ports: 'ephemeral',
    demoHouseholds: options.households ?? 12,
    mode: 'test',
    userTokens: { issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys },
  });
  const gatewayUrl = `${hub.gateway.url}/graphql`;
  return {
    ...hub,
    gatewayUrl,
    token: (request) => issuer.mint(request),
    queryAs: async (agencyId, purpose, query, variables) =>
      postGraphQL(gatewayUrl, query, variables, {
        authorization: `Bearer ${await issuer.mint({ agencyId })}`,
        'x-purpose': purpose,
      }),
    stop: async () => {
      await hub.close();
      await hub.dropDatabases();
    },
  };
}
