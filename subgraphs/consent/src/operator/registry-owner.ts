/**
 * What the registry's operator commands (`pnpm -s agencies`, `pnpm -s retention`) share: the
 * registry's database as the registry's own settings name it, opened as the role that owns its
 * tables and checked to be the registry's of this version, and how a command reports.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  databaseUrl,
  describeForLog,
  EnvironmentError,
  openOrm,
  parseEnv,
  shownUrl,
  subgraphEnvVariables,
  withServer,
} from '@wohnnetz/service-kit';
import { consent } from '../subgraph';
import { OperatorRefused } from './operator-refused';

const envSchema = subgraphEnvVariables(consent.name, consent.defaultPort).pick({
  DATABASE_URL: true,
  MIGRATION_DATABASE_URL: true,
  DATABASE_NAME: true,
  NODE_ENV: true,
});

/**
 * The registry's database of this version, or an OperatorRefused. Looked at before MikroORM's
 * migrator, which creates its table where there is none: a `--check` against the wrong database
 * (DATABASE_NAME) would leave one behind. One that holds another service's migrations, or none
 * of the registry's, is named as not the registry's: starting the registry on it would migrate
 * the registry's tables into it. One of an earlier version, or of a later one, is refused too.
 */
async function assertRegistryDatabase(orm: MikroORM): Promise<void> {
  const database = orm.config.get('dbName');
  const table = orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
  const [{ found }] = await orm.em
    .getConnection()
    .execute<[{ found: boolean }]>('select to_regclass(?) is not null as found', [table]);
  const notTheRegistrys = `database ${database} is not the consent registry's (DATABASE_NAME, default wohnnetz_consent): nothing was changed`;
  if (!found) {
    throw new OperatorRefused(
      `${notTheRegistrys}; it holds no migrations (a new registry's database is made and migrated by starting the registry once)`,
    );
  }
  // One read of what the database holds, against this version's list: what it lacks (pending)
  // and what this version does not know.
  const migrations = orm.config.get('migrations').migrationsList ?? [];
  const executed = (await orm.getMigrator().getExecutedMigrations()).map(({ name }) => name);
  const pending = migrations.filter(({ name }) => !executed.includes(name));
  if (pending.length === migrations.length) {
    throw new OperatorRefused(`${notTheRegistrys}; it holds none of the registry's migrations`);
  }
  if (pending.length > 0) {
    throw new OperatorRefused(
      `the registry's database lacks ${pending.length} migration(s) of this version (${pending[0]!.name}, …): start the registry of this version once (it migrates its database), then run this again`,
    );
  }
  // Migrated by a later version (this command from an image the deployment has moved on from, a
  // scheduled job's, say): what it may delete or change is that version's to say.
  const known = new Set(migrations.map(({ name }) => name));
  const unknown = executed.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new OperatorRefused(
      `the registry's database holds ${unknown.length} migration(s) this version lacks (${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}): it was migrated by a later version of the hub; run that version's command: nothing was changed`,
    );
  }
}

/**
 * Runs `run` on the registry's database as the role that owns its tables (MIGRATION_DATABASE_URL,
 * else DATABASE_URL; DATABASE_NAME, default wohnnetz_consent), once it is known to be the
 * registry's of this version. A write the role may not make is refused naming `action`.
 */
export async function withRegistryOwner<T>(
  command: string,
  action: string,
  run: (orm: MikroORM) => Promise<T>,
): Promise<T> {
  const env = parseEnv(command, envSchema);
  const ownerUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  const exists = await withServer(
    ownerUrl,
    async (client) =>
      (await client.query('select 1 from pg_database where datname = $1', [env.DATABASE_NAME]))
        .rowCount,
  );
  if (!exists) {
    throw new OperatorRefused(
      `the server at ${shownUrl(ownerUrl)} has no database ${env.DATABASE_NAME}: start the registry once (it creates and migrates it), or set DATABASE_NAME to the registry's`,
    );
  }
  const refused = (what: string) => (error: unknown) => {
    if ((error as { code?: unknown } | undefined)?.code !== '42501') throw error;
    throw new OperatorRefused(
      `the role of ${shownUrl(ownerUrl)} may not ${what}: nothing was changed; run this as the role that owns the registry's tables (MIGRATION_DATABASE_URL)`,
    );
  };
  const orm = await openOrm({
    entities: consent.entities,
    migrations: consent.migrations,
    migrationsPath: consent.migrationsPath,
    clientUrl: databaseUrl(ownerUrl, env.DATABASE_NAME),
  }).catch(refused(`connect to ${env.DATABASE_NAME}`));
  try {
    const checkedFirst = async () => {
      await assertRegistryDatabase(orm);
      return run(orm);
    };
    return await checkedFirst().catch(refused(action));
  } finally {
    await orm.close();
  }
}

/** How long an operator command waits for a lock held elsewhere (a migration, another run). */
export const LOCK_WAIT_SECONDS = 10;

/** Rethrows a lock not granted within LOCK_WAIT_SECONDS (55P03) as the operator's refusal. */
export function rethrowLockWait(error: unknown, what: string): never {
  if ((error as { code?: unknown } | undefined)?.code !== '55P03') throw error;
  throw new OperatorRefused(
    `${what} stayed locked for ${LOCK_WAIT_SECONDS} s (a migration or another run holds them): nothing was changed; run it again`,
  );
}

/** The command's arguments (node:util parseArgs, strict), or an OperatorRefused with the usage. */
export function commandArguments<Config extends ParseArgsConfig>(usage: string, config: Config) {
  try {
    return parseArgs({ ...config, strict: true });
  } catch (error) {
    throw new OperatorRefused(`${(error as Error).message}\n${usage}`);
  }
}

/**
 * Runs a command's main: the operator's problems in plain words, anything else as the services
 * log it (no values), and exit code 1 on failure.
 */
export function runOperatorCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(
      error instanceof OperatorRefused || error instanceof EnvironmentError
        ? error.message
        : describeForLog(error),
    );
    // Not process.exit: it would cut off what is still being written to a pipe (a long list of
    // problems, `… 2>&1 | less`); everything is closed by now.
    process.exitCode = 1;
  });
}
