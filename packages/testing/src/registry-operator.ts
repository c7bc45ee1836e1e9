import { consent } from '@wohnnetz/consent';
import { openOrm } from '@wohnnetz/service-kit';
import { runCommand, type CommandOutcome } from './run-command';
import { createServiceRole, type TestServiceRole } from './service-role';
import { startTestSubgraph, type TestSubgraph } from './test-subgraph';
import { testDatabaseUrl } from './test-hub';

/**
 * A consent registry as deployed for its operator's commands (`pnpm -s agencies`, `pnpm -s
 * retention`): run as a role of its own, its tables owned by the test server's role.
 */
export interface OperatedRegistry {
  registry: TestSubgraph;
  /** The registry's database as the tables' owner, for reading and writing rows directly. */
  orm: Awaited<ReturnType<typeof openOrm>>;
  serviceRole: TestServiceRole;
  /**
   * Runs the command (a TypeScript file) in a process of its own with the registry's settings as
   * its deployment would give them: DATABASE_URL its own role, MIGRATION_DATABASE_URL the tables'
   * owner, DATABASE_NAME its database (unless `environment` says otherwise).
   */
  run(
    command: string,
    args: string[],
    environment?: Record<string, string | undefined>,
  ): Promise<CommandOutcome>;
  stop(): Promise<void>;
}

export async function startOperatedRegistry(households: number): Promise<OperatedRegistry> {
  const serviceRole = await createServiceRole();
  let registry: TestSubgraph | undefined;
  let orm: Awaited<ReturnType<typeof openOrm>>;
  try {
    registry = await startTestSubgraph(consent, {
      households,
      consentFor: [],
      serviceRoleUrl: serviceRole.url,
    });
    orm = await openOrm({
      entities: consent.entities,
      migrations: consent.migrations,
      migrationsPath: consent.migrationsPath,
      clientUrl: registry.databaseUrl,
    });
  } catch (error) {
    // One that does not start leaves neither its database nor its role behind.
    await registry?.stop();
    await serviceRole.drop();
    throw error;
  }
  const databaseName = new URL(registry.databaseUrl).pathname.slice(1);
  return {
    registry,
    orm,
    serviceRole,
    run: (command, args, environment = {}) =>
      runCommand(command, args, {
        ...process.env,
        DATABASE_URL: serviceRole.url,
        MIGRATION_DATABASE_URL: testDatabaseUrl(),
        DATABASE_NAME: databaseName,
        ...environment,
      }),
    stop: async () => {
      await orm.close();
      await registry.stop();
      await serviceRole.drop();
    },
  };
}
