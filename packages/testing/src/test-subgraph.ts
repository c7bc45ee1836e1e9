import { randomBytes, randomUUID } from 'node:crypto';
import { getOperationAST, parse } from 'graphql';
import {
  databaseUrl,
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
import { httpDecisionService, type DecisionService } from '@wohnnetz/consent-enforcement';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { consent } from '@wohnnetz/consent';
import { demoHouseholds } from '@wohnnetz/demo-data';
import { recordConsentsOperation } from './consent-grants';
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
  operationType: 'query',
};

export interface TestSubgraph extends StartedSubgraph {
  graphqlUrl: string;
  /** URL of the subgraph's own database, e.g. for reading or writing rows with `openOrm`. */
  databaseUrl: string;
  /** The keys the subgraph trusts, standing in for the gateway's. */
  signingKeys: GatewaySigningKeys;
  /** The consent registry started alongside (undefined when testing the registry itself). */
  registry: TestSubgraph | undefined;
  /** Posts an operation straight to the subgraph with a valid gateway token for it. */
  query<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Partial<Caller>,
  ): Promise<GraphQLResponse<Data>>;
  /** Stops the subgraph and drops its database. */
  stop(): Promise<void>;
}

export interface TestSubgraphOptions {
  households?: number;
  mode?: ServiceMode;
  /**
   * Categories the test caller's agency gets the consent of every demo household for (purpose
   * CASE_COORDINATION), recorded in the real consent registry that starts alongside. Default:
   * every category, so a subgraph's data can be tested; [] tests the consent layer itself.
   */
  consentFor?: string[];
  /**
   * The test server as a role of its own (createServiceRole): the services connect as it, and the
   * test server's role creates, migrates and seeds their databases and owns their tables.
   */
  serviceRoleUrl?: string;
}

/** Consent grants for the test caller, recorded through the registry's own mutation. */
async function recordTestConsents(
  registry: TestSubgraph,
  households: number,
  categories: string[],
): Promise<void> {
  if (categories.length === 0) return;
  const { mutation, variables } = recordConsentsOperation(
    demoHouseholds(households).map((household) => household.id),
    { agencyId: TEST_CALLER.agencyId, categories, purposes: [TEST_CALLER.purpose] },
  );
  const response = await registry.query(mutation, variables);
  if (response.errors) throw new Error(`test consents: ${JSON.stringify(response.errors)}`);
}

async function startOne<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  options: TestSubgraphOptions,
  signingKeys: GatewaySigningKeys,
  decisions: DecisionService,
): Promise<TestSubgraph> {
  const serverUrl = testDatabaseUrl();
  const databaseName = `wn_test_${randomBytes(5).toString('hex')}_${module.name}`;
  const service = await startSubgraphModule(module, {
    serverUrl: options.serviceRoleUrl ?? serverUrl,
    migrationServerUrl: options.serviceRoleUrl ? serverUrl : undefined,
    databaseName,
    port: 0,
    host: '127.0.0.1',
    seed: { households: options.households ?? 12 },
    gatewayKeys: gatewayKeySet(signingKeys.publicJwks),
    mode: options.mode ?? 'test',
    decisions,
  }).catch(async (error: unknown) => {
    // A subgraph that does not start (its schema refused, say) leaves no database behind.
    await dropDatabase(serverUrl, databaseName);
    throw error;
  });
  const graphqlUrl = `${service.url}/graphql`;
  return {
    ...service,
    graphqlUrl,
    databaseUrl: databaseUrl(serverUrl, databaseName),
    signingKeys,
    registry: undefined,
    query: async (query, variables = {}, caller = {}) => {
      const token = await signInternalToken(
        signingKeys.active,
        module.name,
        {
          ...TEST_CALLER,
          requestId: randomUUID(),
          // As the gateway would name it for an operation sent to this subgraph alone.
          operationType: getOperationAST(parse(query))?.operation ?? 'query',
          ...caller,
        },
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

const noRemoteDecisions: DecisionService = {
  decide: () => Promise.reject(new Error('the consent registry decides its own fields locally')),
};

/**
 * Starts one subgraph on an ephemeral port with a fresh database seeded with demo households,
 * and (unless it is the registry itself) the consent registry it asks for decisions.
 */
export async function startTestSubgraph<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  options: TestSubgraphOptions = {},
): Promise<TestSubgraph> {
  const signingKeys = await generateGatewaySigningKeys();
  const registryModule: SubgraphModule<BaseContext> = module.name === 'consent' ? module : consent;
  const registry = await startOne(registryModule, options, signingKeys, noRemoteDecisions);
  try {
    await recordTestConsents(
      registry,
      options.households ?? 12,
      options.consentFor ?? [...consentPolicy().consentableCategories],
    );
  } catch (error) {
    await registry.stop();
    throw error;
  }
  if (module.name === 'consent') return registry;
  const subgraph = await startOne(module, options, signingKeys, httpDecisionService(registry.url));
  return {
    ...subgraph,
    registry,
    stop: async () => {
      await subgraph.stop();
      await registry.stop();
    },
  };
}
