// Jest global setup: one PostgreSQL server for the whole test run. With DATABASE_URL the tests use
// that server; otherwise an embedded one is started in a temporary directory on a free port. Each
// test file then creates its own uniquely named databases on it (see packages/testing).
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../packages/hub/src/embedded-postgres.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.WOHNNETZ_TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const runDir = await mkdtemp(join(tmpdir(), 'wohnnetz-test-'));
  // As root, PostgreSQL runs as the "postgres" user, which must be able to reach its data directory.
  await chmod(runDir, 0o755);
  const dataDir = join(runDir, 'postgres');
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  process.env.WOHNNETZ_TEST_DATABASE_URL = postgres.url;
  globalThis.__WOHNNETZ_POSTGRES__ = { ...postgres, dataDir };
}
