/**
 * `pnpm reset`: wipes the hub's data so the next `pnpm start` loads fresh demo data. With
 * DATABASE_URL it drops the six service databases; otherwise it deletes the embedded
 * PostgreSQL's data directory (stop `pnpm start` first).
 */
import { rm } from 'node:fs/promises';
import { SUBGRAPH_NAMES, dropDatabase } from '@wohnnetz/service-kit';
import { hubEnv } from './env';
import { databaseNameOf } from './hub';

async function main(): Promise<void> {
  const env = hubEnv();
  if (env.DATABASE_URL) {
    for (const name of SUBGRAPH_NAMES) {
      const database = databaseNameOf(env.DATABASE_PREFIX, name);
      await dropDatabase(env.DATABASE_URL, database);
      console.log(`dropped ${database}`);
    }
    return;
  }
  await rm(env.EMBEDDED_POSTGRES_DIR, { recursive: true, force: true });
  console.log(`deleted ${env.EMBEDDED_POSTGRES_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
