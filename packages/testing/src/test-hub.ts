import { randomBytes } from 'node:crypto';
import { createEphemeralDevIssuer, type DevTokenRequest } from '@wohnnetz/gateway';
import { demoHouseholds } from '@wohnnetz/demo-data';
import { startHub, type RunningHub } from '@wohnnetz/hub';
import { recordConsentsOperation } from './consent-grants';
import { postGraphQL, type GraphQLResponse } from './graphql-request';
import { withRegistryTriggersOff } from './registry-triggers';

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
  /**
   * Records, through the gateway's recordConsent mutation, the consent of each of the first
   * `households` demo households for `agencyId`, these categories and purposes. The same call
   * again, before those consents are withdrawn, is refused (CONFLICT: the same consents).
   */
  giveConsent(grant: {
    agencyId: string;
    categories: string[];
    purposes: string[];
    households: number;
  }): Promise<string[]>;
  /**
   * Runs `run` while the household has `count` more consent grants: copies of its newest one,
   * written to the registry's database directly (thousands in a moment), removed afterwards.
   */
  withGrantCopies(householdId: string, count: number, run: () => Promise<void>): Promise<void>;
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
export async function startTestHub(
  options: { households?: number; statementTimeoutMs?: number; connectionWaitMs?: number } = {},
): Promise<TestHub> {
  const serverUrl = testDatabaseUrl();
  const issuer = await createEphemeralDevIssuer();
  const hub = await startHub({
    serverUrl,
    databasePrefix: `wn_test_${randomBytes(5).toString('hex')}`,
    ports: 'ephemeral',
    demoHouseholds: options.households ?? 12,
    mode: 'test',
    statementTimeoutMs: options.statementTimeoutMs,
    connectionWaitMs: options.connectionWaitMs,
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
    giveConsent: async ({ agencyId, categories, purposes, households }) => {
      const ids = demoHouseholds(households).map((household) => household.id);
      const grantIds: string[] = [];
      // Ten a request: the gateway's alias limit.
      for (let start = 0; start < ids.length; start += 10) {
        const batch = ids.slice(start, start + 10);
        const { mutation, variables } = recordConsentsOperation(batch, {
          agencyId,
          categories,
          purposes,
          firstNumber: start,
        });
        const response = await postGraphQL<Record<string, { id: string }>>(
          gatewayUrl,
          mutation,
          variables,
          {
            authorization: `Bearer ${await issuer.mint({ agencyId: 'housing-dortmund' })}`,
            'x-purpose': 'CASE_COORDINATION',
          },
        );
        if (response.errors || !response.data) {
          throw new Error(`recording consents failed: ${JSON.stringify(response.errors)}`);
        }
        grantIds.push(...Object.values(response.data).map((grant) => grant.id));
      }
      return grantIds;
    },
    withGrantCopies: async (householdId, count, run) => {
      // Dated as the grant they copy, which may lie further back than the registry's own writes
      // may (ADR 0021): written with the triggers off.
      const copies = await withRegistryTriggersOff(
        hub.subgraphs.consent.orm.em,
        'consent_grant',
        (tx) =>
          tx.execute<{ id: string }[]>(
            `insert into consent_grant
               select (jsonb_populate_record(g, jsonb_build_object('id', gen_random_uuid()))).*
                 from consent_grant g, generate_series(1, ?)
                where g.id = (select id from consent_grant where household_id = ?
                               order by recorded_at desc, id limit 1)
             returning id`,
            [count, householdId],
          ),
      );
      try {
        if (copies.length !== count)
          throw new Error(`household ${householdId} has no grant to copy`);
        await run();
      } finally {
        // Grants are never deleted (the registry's trigger): these copies are the test's own.
        await withRegistryTriggersOff(hub.subgraphs.consent.orm.em, 'consent_grant', (tx) =>
          tx.execute('delete from consent_grant where id = any(?::uuid[])', [
            `{${copies.map((copy) => copy.id).join(',')}}`,
          ]),
        );
      }
    },
    stop: async () => {
      await hub.close();
      await hub.dropDatabases();
    },
  };
}
