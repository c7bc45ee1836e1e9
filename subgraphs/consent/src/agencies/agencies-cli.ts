/**
 * `pnpm -s agencies [--check] <file.json>`: registers the agencies taking part in the programme
 * in the consent registry (which agencies a consent may name, with their kind and municipality),
 * from a file an operator keeps (agency-file.ts). Run with the registry's own database settings;
 * the tables' owner writes (MIGRATION_DATABASE_URL, else DATABASE_URL). `--help`: the usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  databaseUrl,
  describeForLog,
  EnvironmentError,
  openOrm,
  parseEnv,
  readJsonFile,
  shownUrl,
  subgraphEnvSchema,
  withServer,
} from '@wohnnetz/service-kit';
import { consent } from '../subgraph';
import { parseAgencyFile } from './agency-file';
import { RegistrationRefused } from './registration-refused';
import { describeRegistration, registerAgencies } from './register-agencies';

const USAGE = `usage: pnpm -s agencies [--check] <file.json>
Registers the agencies of the file in the consent registry's database: adds new ones, corrects
the name and municipality of registered ones, removes none; all of it or, on any problem, nothing.
  --check   only say what would change
The file: { "agencies": [{ "id": "housing-dortmund", "kind": "HOUSING_OFFICE",
            "municipality": "DORTMUND", "name": "Wohnungsamt Dortmund" }, …] }
The database: as the registry's (DATABASE_URL, DATABASE_NAME, default wohnnetz_consent); the
role that owns its tables writes (MIGRATION_DATABASE_URL when the registry runs as a role of its
own).`;

const envSchema = subgraphEnvSchema(consent.name, consent.defaultPort).pick({
  DATABASE_URL: true,
  MIGRATION_DATABASE_URL: true,
  DATABASE_NAME: true,
  NODE_ENV: true,
});

const refusedPermission = (error: unknown): boolean =>
  (error as { code?: unknown } | undefined)?.code === '42501';

async function main(): Promise<void> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        options: {
          check: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new RegistrationRefused(`${(error as Error).message}\n${USAGE}`);
    }
  })();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw new RegistrationRefused(USAGE);
  // pnpm runs the command in the repository's root; a relative path is the operator's, from
  // where pnpm was run (INIT_CWD).
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  const listed = parseAgencyFile(readJsonFile(file, 'the agency file'), file);

  const env = parseEnv('agencies', envSchema);
  const ownerUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  const exists = await withServer(
    ownerUrl,
    async (client) =>
      (await client.query('select 1 from pg_database where datname = $1', [env.DATABASE_NAME]))
        .rowCount,
  );
  if (!exists) {
    throw new RegistrationRefused(
      `the server at ${shownUrl(ownerUrl)} has no database ${env.DATABASE_NAME}: start the registry once (it creates and migrates it), or set DATABASE_NAME to the registry's`,
    );
  }
  const orm = await openOrm({
    entities: consent.entities,
    migrations: consent.migrations,
    migrationsPath: consent.migrationsPath,
    clientUrl: databaseUrl(ownerUrl, env.DATABASE_NAME),
  });
  try {
    const registration = await registerAgencies(orm, listed, {
      source: file,
      checkOnly: values.check,
    }).catch((error: unknown) => {
      if (!refusedPermission(error)) throw error;
      throw new RegistrationRefused(
        `the role of ${shownUrl(ownerUrl)} may not change the registry's agencies: nothing was changed; run this as the role that owns its tables (MIGRATION_DATABASE_URL)`,
      );
    });
    for (const line of describeRegistration(registration, values.check)) console.log(line);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  // The operator's problems in plain words; anything else as the services log it (no values).
  console.error(
    error instanceof RegistrationRefused || error instanceof EnvironmentError
      ? error.message
      : describeForLog(error),
  );
  // Not process.exit: it would cut off what is still being written to a pipe (a long list of
  // problems, `… 2>&1 | less`); everything is closed by now.
  process.exitCode = 1;
});
