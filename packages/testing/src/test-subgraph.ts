import { randomBytes, randomUUID } from 'node:crypto';
import {
  dropDatabase,
  gatewayKeySet,
  generateGatewaySigningKeys,
  operationHash,
  signInternalToken,
  startSubgraphModule,
  type BaseContext,
  type Caller,
  type GatewaySigningKeys,
  type ServiceMode,
  type StartedSubgraph,
  type SubgraphModule,
} from '@wohnnetz/service-kit';
import { postGraphQL, type GraphQLResponse } from './graphql-request';
import { testDatabaseUrl } from './test-hub';

/** The caller a test subgraph's `query` acts as unless told otherwise. */
export const TEST_CALLER: Caller = {
  actor: 'test-user@housing-dortmund',
  agencyId: 'housing-dortmund',
  agencyKind: 'HOUSING_OFFICE',
  roles: ['caseworker'],
  purpose: 'CASE_COORDINATION',
  requestId: 'test-request',
};

export interface TestSubgraph extends StartedSubgraph {
  graphqlUrl: string;
  /** The keys the subgraph trusts, standing in for the gateway's. */
  signingKeys: GatewaySigningKeys;
  /** Posts an operation straight to the subgraph with a valid gateway token for it. */
  query<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Partial<Caller>,
  ): Promise<GraphQLResponse<Data>>;
  /** Stops the subgraph and drops its database. */
  stop(): Promise<void>;
}

/** Starts one subgraph on an ephemeral port with a fresh database seeded with demo households. */
export async function startTestSubgraph<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  options: { households?: number; mode?: ServiceMode } = {},
): Promise<TestSubgraph> {
  const serverUrl = testDatabaseUrl();
  const databaseName = `wn_test_${randomBytes(5).toString('hex')}_${module.name}`;
  const signingKeys = await generateGatewaySigningKeys();
  const service = await startSubgraphModule(module, {
    serverUrl,
    databaseName,
    port: 0,
    seed: { households: options.households ?? 12 },
    gatewayKeys: gatewayKeySet(signingKeys.publicJwks),
    mode: options.mode ?? 'test',
  });
  const graphqlUrl = `${service.url}/graphql`;
  return {
    ...service,
    graphqlUrl,
    signingKeys,
    query: async (query, variables = {}, caller = {}) => {
      const token = await signInternalToken(
        signingKeys.active,
        module.name,
        { ...TEST_CALLER, requestId: randomUUID(), ...caller },
        operationHash(query, variables),
      );
      return postGraphQL(graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
    },
    stop: async () => {
      await service.close();
      await dropDatabase(serverUrl, databaseName);
    },
  };
}
