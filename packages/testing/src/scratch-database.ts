import { randomBytes } from 'node:crypto';
import {
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  openOrm,
  type BaseContext,
  type SubgraphModule,
} from '@wohnnetz/service-kit';
import { testDatabaseUrl } from './test-hub';

type Orm = Awaited<ReturnType<typeof openOrm>>;

/**
 * Runs `use` with an ORM for a subgraph's entities and migrations on an empty database of its own
 * (nothing migrated yet), and drops the database afterwards.
 */
export async function withScratchDatabase<T>(
  module: SubgraphModule<BaseContext>,
  use: (orm: Orm) => Promise<T>,
): Promise<T> {
  const serverUrl = testDatabaseUrl();
  const database = `wn_test_scratch_${module.name}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, database);
  try {
    const orm = await openOrm({
      entities: module.entities,
      migrations: module.migrations,
      migrationsPath: module.migrationsPath,
      clientUrl: databaseUrl(serverUrl, database),
    });
    try {
      return await use(orm);
    } finally {
      await orm.close();
    }
  } finally {
    await dropDatabase(serverUrl, database);
  }
}
