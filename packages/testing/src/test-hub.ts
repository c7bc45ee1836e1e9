import { randomBytes } from 'node:crypto';
import { startHub, type RunningHub } from '@wohnnetz/hub';

export interface TestHub extends RunningHub {
  /** URL of the gateway's GraphQL endpoint. */
  gatewayUrl: string;
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
 * prefix, so parallel test files and parallel runs never collide), seeded with demo households.
 */
export async function startTestHub(options: { households?: number } = {}): Promise<TestHub> {
  const serverUrl = testDatabaseUrl();
  const hub = await startHub({
    serverUrl,
    databasePrefix: `wn_test_${randomBytes(5).toString('hex')}`,
    ports: 'ephemeral',
    demoHouseholds: options.households ?? 12,
  });
  return {
    ...hub,
    gatewayUrl: `${hub.gateway.url}/graphql`,
    stop: async () => {
      await hub.close();
      await hub.dropDatabases();
    },
  };
}
