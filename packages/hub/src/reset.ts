/**
 * `pnpm reset`: wipes the hub's data so the next `pnpm start` loads fresh demo data. With
 * DATABASE_URL it drops the six service databases; otherwise it deletes the embedded
 * PostgreSQL's data directory. It refuses while the hub (or anything else) still uses them.
 */
import { rm } from 'node:fs/promises';
import {
  HUB_APPLICATION_NAME,
  SUBGRAPH_NAMES,
  connectionsTo,
  dropDatabase,
  listDatabases,
} from '@wohnnetz/service-kit';
import { hubEnv } from './env';
import { databaseNameOf } from './hub';

const STOP_FIRST = 'stop `pnpm start` (or whatever uses them) first';

async function main(): Promise<void> {
  const env = hubEnv();
  if (env.DATABASE_URL) {
    const databases = SUBGRAPH_NAMES.map((name) => databaseNameOf(env.DATABASE_PREFIX, name));
    const open = await connectionsTo(env.DATABASE_URL, databases);
    if (open.includes(HUB_APPLICATION_NAME)) {
      throw new Error(`a hub runs on these databases: ${STOP_FIRST}`);
    }
    if (open.length > 0) {
      throw new Error(`${open.length} connections are open to the hub's databases: ${STOP_FIRST}`);
    }
    const existing = new Set(await listDatabases(env.DATABASE_URL, `${env.DATABASE_PREFIX}_`));
    const found = databases.filter((database) => existing.has(database));
    if (found.length === 0) {
      console.log(`no database of the hub (${databases.join(', ')}) exists: nothing to drop`);
      return;
    }
    for (const database of found) {
      await dropDatabase(env.DATABASE_URL, database);
      console.log(`dropped ${database}`);
    }
    return;
  }
  const { runningPostgres } = await import('./embedded-postgres.mjs');
  const pid = await runningPostgres(env.EMBEDDED_POSTGRES_DIR);
  if (pid !== undefined) {
    throw new Error(
      `the embedded PostgreSQL (pid ${pid}) still runs on ${env.EMBEDDED_POSTGRES_DIR}: ${STOP_FIRST}`,
    );
  }
  await rm(env.EMBEDDED_POSTGRES_DIR, { recursive: true, force: true });
  console.log(`deleted ${env.EMBEDDED_POSTGRES_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
