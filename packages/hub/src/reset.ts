/**
 * `pnpm reset`: wipes the hub's data so the next `pnpm start` loads fresh demo data. With
 * DATABASE_URL it drops the six service databases; otherwise it deletes the embedded
 * PostgreSQL's data directory. It refuses while the hub (or anything else) still uses them, and
 * in production mode. `--help`: the usage.
 */
import { readdir, rm } from 'node:fs/promises';
import {
  HUB_APPLICATION_NAME,
  allowConnections,
  SUBGRAPH_NAMES,
  connectionsTo,
  describeForLog,
  dropDatabase,
  listDatabases,
} from '@wohnnetz/service-kit';
import { commandLine } from './command-line';
import { hubEnv } from './env';
import { databaseNameOf } from './hub';

const STOP_FIRST = 'stop `pnpm start` (or whatever uses them) first';

const USAGE = `usage: pnpm reset
Wipes the data of the development hub (pnpm start), so that its next start loads fresh demo data:
with DATABASE_URL, drops its six databases (<DATABASE_PREFIX>_<service>, default wohnnetz_…);
without, deletes the embedded PostgreSQL's data directory (EMBEDDED_POSTGRES_DIR). Refuses while
anything is connected to them, and with NODE_ENV=production.`;

async function main(): Promise<void> {
  if (commandLine(USAGE).help) {
    console.log(USAGE);
    return;
  }
  // A deployment's databases (the consent registry's append-only record among them, which only
  // `pnpm -s retention` deletes from) are not the development hub's: refused as `pnpm start` is.
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      "pnpm reset wipes the development hub's data and refuses NODE_ENV=production: a deployment's databases are dropped, if ever, by its operator by hand",
    );
  }
  // `pnpm start` takes an empty DATABASE_URL for unset; here it would mean deleting the embedded
  // server's data, so an empty one (a shell variable that was never set, say) is refused.
  if (process.env.DATABASE_URL === '') {
    throw new Error(
      'DATABASE_URL is empty: unset it to reset the embedded PostgreSQL, or give the server',
    );
  }
  const env = hubEnv();
  const serverUrl = env.DATABASE_URL;
  if (serverUrl) {
    const databases = SUBGRAPH_NAMES.map((name) => databaseNameOf(env.DATABASE_PREFIX, name));
    const existing = new Set(await listDatabases(serverUrl, `${env.DATABASE_PREFIX}_`));
    const found = databases.filter((database) => existing.has(database));
    if (found.length === 0) {
      console.log(`no database of the hub (${databases.join(', ')}) exists: nothing to drop`);
      return;
    }
    const refuseWhileUsed = async () => {
      const open = await connectionsTo(serverUrl, found);
      if (open.includes(HUB_APPLICATION_NAME)) {
        throw new Error(`a hub runs on these databases: ${STOP_FIRST}`);
      }
      if (open.length > 0) {
        throw new Error(
          `${open.length} connections are open to the hub's databases: ${STOP_FIRST}`,
        );
      }
    };
    // Looked at before anything changes: a running hub (its mark) is refused without its
    // databases being closed to its services' new connections, even for a moment.
    await refuseWhileUsed();
    // Then closed to new connections and looked at again, so that a hub starting now cannot
    // connect between the look and the drop (it fails to start instead); opened again on refusal.
    await allowConnections(serverUrl, found, false);
    try {
      await refuseWhileUsed();
    } catch (error) {
      await allowConnections(serverUrl, found, true);
      throw error;
    }
    for (const database of found) {
      await dropDatabase(serverUrl, database);
      console.log(`dropped ${database}`);
    }
    return;
  }
  const dataDir = env.EMBEDDED_POSTGRES_DIR;
  const entries = await readdir(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (entries === undefined) {
    console.log(`${dataDir} does not exist: nothing to delete`);
    return;
  }
  // Only a PostgreSQL data directory (or an empty one) is deleted: a mistyped path is not.
  if (entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new Error(`${dataDir} holds no PostgreSQL cluster: check EMBEDDED_POSTGRES_DIR`);
  }
  const { runningPostgres } = await import('./postgres-pid.mjs');
  const pid = await runningPostgres(dataDir);
  if (pid !== undefined) {
    throw new Error(`the embedded PostgreSQL (pid ${pid}) still runs on ${dataDir}: ${STOP_FIRST}`);
  }
  await rm(dataDir, { recursive: true, force: true });
  console.log(`deleted ${dataDir}`);
}

main().catch((error: unknown) => {
  console.error(describeForLog(error));
  process.exit(1);
});
