import { join } from 'node:path';
import {
  httpDecisionService,
  type DecisionService,
  type RootFieldRule,
} from '@wohnnetz/consent-enforcement';
import type { JWTVerifyGetKey } from 'jose';
import type { EntityManager, EntitySchema, MikroORM } from '@mikro-orm/postgresql';
import type { BaseContext } from './context';
import { ensureDatabase, databaseUrl, whilePreparing, withServer } from './database';
import { gatewayKeySet } from './gateway-keys';
import { parseEnv, subgraphEnvSchema } from './env';
import { exitOnStop } from './http-service';
import {
  migrate,
  openOrm,
  Counter,
  CONNECTION_WAIT_MS,
  STATEMENT_TIMEOUT_MS,
  type MigrationEntry,
  type ServiceOrmOptions,
} from './orm';
import {
  assertOwnsNothing,
  assertPreparedBy,
  closeNewDatabase,
  assertServiceRole,
  grantServiceRole,
  roleOf,
  type ServicePrivileges,
} from './service-role';
import {
  startSubgraph,
  type RunningSubgraphServer,
  type ServiceMode,
  type SubgraphDefinition,
} from './subgraph-server';
import { SUBGRAPH_PORTS, type SubgraphName } from './topology';
import { loadTypeDefs } from './type-defs';

/** Everything the launcher, the tests and a subgraph's own entry point need to know about it. */
export interface SubgraphModule<Context extends BaseContext = BaseContext> {
  name: string;
  defaultPort: number;
  definition: SubgraphDefinition<Context>;
  entities: EntitySchema[];
  migrations: MigrationEntry[];
  migrationsPath: string;
  /** Loads the fictional demo data unless the service's database already holds it. */
  seedDemoData: (em: EntityManager, options: DemoDataOptions) => Promise<void>;
  /** Tables a service role (not the tables' owner) may change less than all rows of. */
  servicePrivileges: ServicePrivileges;
}

/**
 * What the consent guard needs to know about a subgraph's data: to which household a guarded
 * value belongs, and which agencies recorded each household's data here (they see it as their
 * own task).
 */
export interface ConsentBinding<Context extends BaseContext> {
  /** Per object type with guarded fields: the household id of a parent value of that type. */
  householdOf: Record<string, (parent: never) => string>;
  /**
   * Batched per request (use the context's DataLoaders; `soleOwners` judges them). A read that
   * fails must reject, never count as no owner: the guard then withholds the fields with that
   * failure (OwnersUnreadError), where no owner would decide the agency's own records as another
   * agency's, and log them.
   */
  ownersOf(context: Context, householdIds: readonly string[]): Promise<Map<string, string[]>>;
  /** Root fields (`Query.households`) and who may call them; any other root field is denied. */
  rootFields: Record<string, RootFieldRule>;
}

/** What a subgraph states about itself; the rest follows from its name and folder. */
export interface SubgraphSpec<Context extends BaseContext> {
  name: SubgraphName;
  /** The subgraph's `src` folder (its `__dirname`), holding schema.graphql and migrations/. */
  sourceDir: string;
  resolvers: object;
  createContext: (base: BaseContext) => Context;
  entities: EntitySchema[];
  migrations: MigrationEntry[];
  seedDemoData: (em: EntityManager, options: DemoDataOptions) => Promise<void>;
  consent: ConsentBinding<Context>;
  /** Extra HTTP routes (the consent registry's decision endpoint). */
  routes?: SubgraphDefinition<Context>['routes'];
  /** The consent registry decides its own guarded fields in-process. */
  localDecisions?: SubgraphDefinition<Context>['localDecisions'];
  /**
   * Tables whose rows the service, run as a role of its own (MIGRATION_DATABASE_URL set), may
   * change less than the rest (service-role.ts): the registry's append-only record.
   */
  servicePrivileges?: ServicePrivileges;
}

export function defineSubgraph<Context extends BaseContext>(
  spec: SubgraphSpec<Context>,
): SubgraphModule<Context> {
  return {
    name: spec.name,
    defaultPort: SUBGRAPH_PORTS[spec.name],
    definition: {
      name: spec.name,
      typeDefs: loadTypeDefs(join(spec.sourceDir, 'schema.graphql')),
      resolvers: spec.resolvers,
      createContext: spec.createContext,
      consent: spec.consent,
      routes: spec.routes,
      localDecisions: spec.localDecisions,
    },
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsPath: join(spec.sourceDir, 'migrations'),
    seedDemoData: spec.seedDemoData,
    servicePrivileges: spec.servicePrivileges ?? {},
  };
}

export interface DemoDataOptions {
  /** How many demo households (the same ids in every subgraph). */
  households: number;
}

export const DEFAULT_DEMO_HOUSEHOLDS = 36;

export interface StartedSubgraph extends RunningSubgraphServer {
  name: string;
  /** The service's ORM (tests and benchmarks read its database through it). */
  orm: MikroORM;
  /** SQL statements this service has sent since the counter was last reset. */
  statements: Counter;
}

export interface SubgraphStartOptions {
  /** The server as the service connects to it at run time. */
  serverUrl: string;
  /**
   * The server as the role that owns the service's tables: it creates the database, migrates and
   * seeds it, and grants `serverUrl`'s role what the service needs (service-role.ts). Unset,
   * `serverUrl` does all of that, and the service owns its tables.
   */
  migrationServerUrl?: string;
  databaseName: string;
  port: number;
  /** The interface to listen on; all by default (see ListenOptions). */
  host?: string;
  /** Seed the demo data (when the database holds none yet). */
  seed?: DemoDataOptions;
  gatewayKeys: JWTVerifyGetKey;
  mode: ServiceMode;
  /** Where guarded fields get their decisions (the consent registry). */
  decisions: DecisionService;
  withoutConsentEnforcementForBenchmark?: boolean;
  /** How long a statement of the running service may take; STATEMENT_TIMEOUT_MS by default. */
  statementTimeoutMs?: number;
  /** How long a request waits for a connection; CONNECTION_WAIT_MS by default. */
  connectionWaitMs?: number;
}

/** Applies the committed migrations and, if asked, loads the demo data. */
async function migrateAndSeed<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  orm: MikroORM,
  seed: DemoDataOptions | undefined,
): Promise<void> {
  await migrate(orm);
  if (seed) await module.seedDemoData(orm.em.fork(), seed);
}

/**
 * Without a service role of its own: the service's role creates, migrates and seeds its database,
 * on a connection of its own, without the serving connections' statement limit (a migration may
 * rewrite a large table); replicas starting at once do so one after the other (whilePreparing).
 */
async function prepareAsService<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  options: SubgraphStartOptions,
  ormOptions: Omit<ServiceOrmOptions, 'clientUrl'>,
): Promise<void> {
  await ensureDatabase(options.serverUrl, options.databaseName);
  const clientUrl = databaseUrl(options.serverUrl, options.databaseName);
  await whilePreparing(clientUrl, async () => {
    const orm = await openOrm({ ...ormOptions, clientUrl });
    try {
      await migrateAndSeed(module, orm, options.seed);
    } finally {
      await orm.close();
    }
  });
}

/**
 * With a service role of its own: the owner creates the database, migrates and seeds it, and
 * grants the service's role its rights (service-role.ts), on a connection of its own.
 */
async function prepareAsOwner<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  options: SubgraphStartOptions & { migrationServerUrl: string },
  ormOptions: Omit<ServiceOrmOptions, 'clientUrl'>,
): Promise<void> {
  const serviceRole = roleOf('DATABASE_URL', options.serverUrl);
  const ownerRole = roleOf('MIGRATION_DATABASE_URL', options.migrationServerUrl);
  await withServer(options.migrationServerUrl, (server) =>
    assertServiceRole(server, ownerRole, serviceRole),
  );
  await ensureDatabase(options.migrationServerUrl, options.databaseName);
  const clientUrl = databaseUrl(options.migrationServerUrl, options.databaseName);
  await whilePreparing(clientUrl, async () => {
    const owner = await openOrm({ ...ormOptions, clientUrl });
    try {
      await assertOwnsNothing(owner, serviceRole);
      await closeNewDatabase(owner, serviceRole);
      await migrateAndSeed(module, owner, options.seed);
      await grantServiceRole(owner, serviceRole, module.servicePrivileges);
    } finally {
      await owner.close();
    }
  });
}

/**
 * Creates the service's database if needed, migrates it, optionally seeds it, and listens. Without
 * a migration role, the service's own role does all of it (and owns the tables).
 */
export async function startSubgraphModule<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  options: SubgraphStartOptions,
): Promise<StartedSubgraph> {
  const ormOptions = {
    entities: module.entities,
    migrations: module.migrations,
    migrationsPath: module.migrationsPath,
  };
  const { migrationServerUrl } = options;
  if (migrationServerUrl) {
    await prepareAsOwner(module, { ...options, migrationServerUrl }, ormOptions);
  } else {
    await prepareAsService(module, options, ormOptions);
  }
  const statements = new Counter();
  const orm = await openOrm(
    {
      ...ormOptions,
      clientUrl: databaseUrl(options.serverUrl, options.databaseName),
      statementTimeoutMs: options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
      connectionWaitMs: options.connectionWaitMs ?? CONNECTION_WAIT_MS,
    },
    statements,
  );
  try {
    if (migrationServerUrl) {
      await assertPreparedBy(orm, roleOf('MIGRATION_DATABASE_URL', migrationServerUrl));
    }
    const service = await startSubgraph(
      module.definition,
      {
        orm,
        gatewayKeys: options.gatewayKeys,
        mode: options.mode,
        decisions: options.decisions,
        withoutConsentEnforcementForBenchmark: options.withoutConsentEnforcementForBenchmark,
      },
      options.port,
      options.host,
    );
    return {
      ...service,
      name: module.name,
      orm,
      statements,
      close: async () => {
        await service.close();
        await orm.close();
      },
    };
  } catch (error) {
    await orm.close();
    throw error;
  }
}

/** Entry point of a subgraph run on its own (`pnpm --filter @wohnnetz/<name> start`, Docker). */
export async function runSubgraphFromEnv<Context extends BaseContext>(
  module: SubgraphModule<Context>,
): Promise<void> {
  const env = parseEnv(module.name, subgraphEnvSchema(module.name, module.defaultPort));
  const service = await startSubgraphModule(module, {
    serverUrl: env.DATABASE_URL,
    migrationServerUrl: env.MIGRATION_DATABASE_URL,
    databaseName: env.DATABASE_NAME,
    port: env.PORT,
    seed: env.SEED_DEMO_DATA ? { households: DEFAULT_DEMO_HOUSEHOLDS } : undefined,
    gatewayKeys: gatewayKeySet(new URL(env.GATEWAY_JWKS_URL)),
    mode: env.NODE_ENV,
    decisions: httpDecisionService(env.CONSENT_REGISTRY_URL),
  });
  // Run alone it listens on every interface (listen's default), not only the loopback of its URL.
  console.log(
    `${module.name} subgraph ready: POST /graphql on port ${service.port}, all interfaces`,
  );
  exitOnStop(service);
}
