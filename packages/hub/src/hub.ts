import { startGateway, type GatewayOptions } from '@wohnnetz/gateway';
import {
  GATEWAY_PORT,
  SUBGRAPH_PORTS,
  dropDatabase,
  gatewayKeySet,
  generateGatewaySigningKeys,
  startSubgraphModule,
  type BaseContext,
  type GatewaySigningKeys,
  type SubgraphModule,
  type ServiceMode,
  type RunningService,
  type StartedSubgraph,
  type SubgraphName,
} from '@wohnnetz/service-kit';
import { httpDecisionService, type DecisionService } from '@wohnnetz/consent-enforcement';
import { SUBGRAPHS } from './subgraphs';

/** The registry decides its own fields in-process; it never calls out for decisions. */
export const registryDecidesLocally: DecisionService = {
  decide: () => Promise.reject(new Error('the consent registry decides its own fields locally')),
};

export interface HubOptions {
  /** PostgreSQL server; each service gets its own database `<databasePrefix>_<service>` on it. */
  serverUrl: string;
  databasePrefix: string;
  /** Fixed ports (4000–4006) or ephemeral ones (tests). */
  ports: 'default' | 'ephemeral';
  /** Seed this many demo households into empty databases; no seeding when unset. */
  demoHouseholds?: number;
  mode: ServiceMode;
  /** Who issues agency users' tokens (the development issuer when run locally). */
  userTokens: GatewayOptions['userTokens'];
  /** Web origins whose front ends may call the gateway from a browser (CORS); none if unset. */
  corsOrigins?: readonly string[];
  /** The consent benchmark's baseline only. */
  withoutConsentEnforcementForBenchmark?: boolean;
  /** How long a service's statement may run (STATEMENT_TIMEOUT_MS by default; tests shorten it). */
  statementTimeoutMs?: number;
  /** How long a request waits for a database connection (CONNECTION_WAIT_MS by default). */
  connectionWaitMs?: number;
}

export interface RunningHub {
  gateway: RunningService;
  subgraphs: Record<SubgraphName, StartedSubgraph>;
  /** The gateway's keys for signing subgraph calls (generated at start, kept in memory). */
  signingKeys: GatewaySigningKeys;
  /** Stops all services (gateway first). */
  close(): Promise<void>;
  /** Drops the hub's databases; call after close(). */
  dropDatabases(): Promise<void>;
}

export const databaseNameOf = (prefix: string, service: string) => `${prefix}_${service}`;

/** The hub runs every service on one machine, so they listen on the loopback interface only. */
const LOOPBACK = '127.0.0.1';

/** Starts the six subgraphs (migrated, optionally seeded) and the gateway in front of them. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const signingKeys = await generateGatewaySigningKeys();
  const gatewayKeys = gatewayKeySet(signingKeys.publicJwks);
  const start = (module: SubgraphModule<BaseContext>, decisions: DecisionService) =>
    startSubgraphModule(module, {
      serverUrl: options.serverUrl,
      databaseName: databaseNameOf(options.databasePrefix, module.name),
      port: options.ports === 'default' ? SUBGRAPH_PORTS[module.name as SubgraphName] : 0,
      // All services on this machine: nothing else needs to reach them.
      host: LOOPBACK,
      seed: options.demoHouseholds ? { households: options.demoHouseholds } : undefined,
      gatewayKeys,
      mode: options.mode,
      decisions,
      withoutConsentEnforcementForBenchmark: options.withoutConsentEnforcementForBenchmark,
      statementTimeoutMs: options.statementTimeoutMs,
      connectionWaitMs: options.connectionWaitMs,
    });
  // The consent registry first: every other subgraph asks it for decisions.
  const registryModule = SUBGRAPHS.find((module) => module.name === 'consent')!;
  const registry = await start(registryModule, registryDecidesLocally);
  const registryDecisions = httpDecisionService(registry.url);
  const started = await Promise.allSettled(
    SUBGRAPHS.filter((module) => module !== registryModule).map((module) =>
      start(module, registryDecisions),
    ),
  );
  started.push({ status: 'fulfilled', value: registry });
  const running = started.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await Promise.all(running.map((service) => service.close()));
    throw failure.reason;
  }
  const subgraphs = Object.fromEntries(running.map((service) => [service.name, service])) as Record<
    SubgraphName,
    StartedSubgraph
  >;
  const subgraphUrls = Object.fromEntries(
    running.map((service) => [service.name, `${service.url}/graphql`]),
  ) as Record<SubgraphName, string>;
  let gateway: RunningService;
  try {
    gateway = await startGateway({
      port: options.ports === 'default' ? GATEWAY_PORT : 0,
      host: LOOPBACK,
      mode: options.mode,
      subgraphUrls,
      userTokens: options.userTokens,
      signingKeys,
      corsOrigins: options.corsOrigins,
    });
  } catch (error) {
    await Promise.all(running.map((service) => service.close()));
    throw error;
  }
  return {
    gateway,
    subgraphs,
    signingKeys,
    close: async () => {
      await gateway.close();
      await Promise.all(running.map((service) => service.close()));
    },
    dropDatabases: async () => {
      for (const module of SUBGRAPHS) {
        await dropDatabase(options.serverUrl, databaseNameOf(options.databasePrefix, module.name));
      }
    },
  };
}
