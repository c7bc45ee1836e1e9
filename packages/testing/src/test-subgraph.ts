import { randomBytes } from 'node:crypto';
import {
  dropDatabase,
  startSubgraphModule,
  type BaseContext,
  type StartedSubgraph,
  type SubgraphModule,
} from '@wohnnetz/service-kit';
import { postGraphQL, type GraphQLResponse } from './graphql-request';
import { testDatabaseUrl } from './test-hub';

export interface TestSubgraph extends StartedSubgraph {
  graphqlUrl: string;
  /** Posts an operation straight to the subgraph (not through the gateway). */
  query<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** Stops the subgraph and drops its database. */
  stop(): Promise<void>;
}

/** Starts one subgraph on an ephemeral port with a fresh database seeded with demo households. */
export async function startTestSubgraph<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  options: { households?: number } = {},
): Promise<TestSubgraph> {
  const serverUrl = testDatabaseUrl();
  const databaseName = `wn_test_${randomBytes(5).toString('hex')}_${module.name}`;
  const service = await startSubgraphModule(module, {
    serverUrl,
    databaseName,
    port: 0,
    seed: { households: options.households ?? 12 },
  });
  const graphqlUrl = `${service.url}/graphql`;
  return {
    ...service,
    graphqlUrl,
    query: (query, variables) => postGraphQL(graphqlUrl, query, variables),
    stop: async () => {
      await service.close();
      await dropDatabase(serverUrl, databaseName);
    },
  };
}
