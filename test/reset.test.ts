/**
 * `pnpm reset` wipes the hub's data, but never under a running hub: through the real command,
 * against the test run's PostgreSQL (DATABASE_URL) and against an embedded data directory.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SUBGRAPHS, databaseNameOf } from '@wohnnetz/hub';
import {
  SUBGRAPH_NAMES,
  allowConnections,
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  holdDatabases,
  listDatabases,
  openOrm,
  withServer,
} from '@wohnnetz/service-kit';
import { createServiceRole, runCommand, testDatabaseUrl } from '@wohnnetz/testing';

/** Each test runs the real command (a Node process of its own) a few times: slow on a busy runner. */
const SPAWNING_TEST_TIMEOUT_MS = 180_000;
const { DATABASE_URL: _databaseUrl, ...withoutDatabaseUrl } = process.env;

async function reset(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; output: string }> {
  const { code, stdout, stderr } = await runCommand('packages/hub/src/reset.ts', args, {
    ...withoutDatabaseUrl,
    ...env,
  });
  return { code, output: stdout + stderr };
}

test(
  'with DATABASE_URL: refuses while a database is in use or a hub runs, then drops all six',
  async () => {
    const serverUrl = testDatabaseUrl();
    const prefix = `wn_test_reset_${randomBytes(4).toString('hex')}`;
    for (const name of SUBGRAPH_NAMES)
      await ensureDatabase(serverUrl, databaseNameOf(prefix, name));
    // A service still connected to its database.
    const housing = SUBGRAPHS.find((module) => module.name === 'housing')!;
    const orm = await openOrm({
      entities: housing.entities,
      migrations: housing.migrations,
      migrationsPath: housing.migrationsPath,
      clientUrl: databaseUrl(serverUrl, databaseNameOf(prefix, 'housing')),
    });
    await orm.em.getConnection().execute('select 1');
    const env = { DATABASE_URL: serverUrl, DATABASE_PREFIX: prefix };
    try {
      const refused = await reset(env);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(
        /1 connections are open to the hub's databases: stop `pnpm start`/,
      );
      expect(await listDatabases(serverUrl, prefix)).toHaveLength(6);
    } finally {
      await orm.close();
    }
    // Reset closes the databases to new connections only once nothing is connected (so that a
    // hub starting meanwhile cannot connect before the drop); refusing, it leaves them open.
    const databases = SUBGRAPH_NAMES.map((name) => databaseNameOf(prefix, name));
    for (const database of databases) {
      const client = new Client({ connectionString: databaseUrl(serverUrl, database) });
      await client.connect();
      await client.end();
    }
    // A hub whose services are idle (their pools hold no connection) still marks its databases.
    const mark = await holdDatabases(serverUrl, databases);
    try {
      const refused = await reset(env);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/a hub runs on these databases: stop `pnpm start`/);
      expect(await listDatabases(serverUrl, prefix)).toHaveLength(6);
    } finally {
      await mark.release();
    }
    const done = await reset(env);
    expect(done.code).toBe(0);
    expect(await listDatabases(serverUrl, prefix)).toEqual([]);
  },
  SPAWNING_TEST_TIMEOUT_MS,
);

/** The hub's databases (of `prefix`) that do not accept new connections. */
const closedDatabases = (serverUrl: string, prefix: string): Promise<string[]> =>
  withServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1) and not datallowconn',
      [prefix],
    );
    return rows.map((row) => row.datname);
  });

test(
  'with DATABASE_URL: refusing because a hub runs, it never closes the running hub’s databases to new connections',
  async () => {
    const serverUrl = testDatabaseUrl();
    const prefix = `wn_test_reset_${randomBytes(4).toString('hex')}`;
    const databases = SUBGRAPH_NAMES.map((name) => databaseNameOf(prefix, name));
    for (const database of databases) await ensureDatabase(serverUrl, database);
    const mark = await holdDatabases(serverUrl, databases);
    try {
      // Watched while reset runs: a service of the running hub that opens a connection then
      // (its pool's first, or one after an idle one closed) would be refused.
      let resetting = true;
      const seenClosed = new Set<string>();
      const watching = withServer(serverUrl, async (client) => {
        while (resetting) {
          const { rows } = await client.query<{ datname: string }>(
            'select datname from pg_database where datname = any($1) and not datallowconn',
            [databases],
          );
          rows.forEach((row) => seenClosed.add(row.datname));
        }
      });
      const refused = await reset({ DATABASE_URL: serverUrl, DATABASE_PREFIX: prefix });
      resetting = false;
      await watching;
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/a hub runs on these databases/);
      expect([...seenClosed]).toEqual([]);
    } finally {
      await mark.release();
      for (const database of databases) await dropDatabase(serverUrl, database);
    }
  },
  SPAWNING_TEST_TIMEOUT_MS,
);

test(
  'with DATABASE_URL: a role that may not close one of the databases (not its owner) leaves every one open',
  async () => {
    const serverUrl = testDatabaseUrl();
    const prefix = `wn_test_reset_${randomBytes(4).toString('hex')}`;
    const databases = SUBGRAPH_NAMES.map((name) => databaseNameOf(prefix, name));
    const role = await createServiceRole();
    try {
      for (const database of databases) await ensureDatabase(serverUrl, database);
      // The role owns all but the last: it may close (and drop) those, not that one.
      await withServer(serverUrl, async (client) => {
        for (const database of databases.slice(0, -1)) {
          await client.query(`alter database ${database} owner to ${role.role}`);
        }
      });
      const refused = await reset({ DATABASE_URL: role.url, DATABASE_PREFIX: prefix });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(`must be owner of database ${databases.at(-1)!}`);
      expect(await listDatabases(serverUrl, prefix)).toHaveLength(6);
      expect(await closedDatabases(serverUrl, prefix)).toEqual([]);
    } finally {
      for (const database of databases) await dropDatabase(serverUrl, database);
      await role.drop();
    }
  },
  SPAWNING_TEST_TIMEOUT_MS,
);

test('a hub starting on databases an interrupted reset left closed is told to run it again', async () => {
  const serverUrl = testDatabaseUrl();
  const prefix = `wn_test_reset_${randomBytes(4).toString('hex')}`;
  const databases = SUBGRAPH_NAMES.map((name) => databaseNameOf(prefix, name));
  try {
    for (const database of databases) await ensureDatabase(serverUrl, database);
    // Where reset stops when interrupted between closing the databases and dropping them.
    await allowConnections(serverUrl, databases, false);
    // What `pnpm start` does first with them.
    await expect(holdDatabases(serverUrl, databases)).rejects.toThrow(
      /is not currently accepting connections \(closed to new connections, as `pnpm reset` leaves them when interrupted before it dropped them: run it again/,
    );
  } finally {
    for (const database of databases) await dropDatabase(serverUrl, database);
  }
});

test(
  'with the embedded PostgreSQL: refuses while its server runs, deletes the directory once it stopped',
  async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'wohnnetz-reset-'));
    // A process named postgres stands in for the running server.
    const server = spawn('bash', ['-c', 'exec -a postgres sleep 60'], { stdio: 'ignore' });
    try {
      await writeFile(join(dataDir, 'PG_VERSION'), '15\n');
      await writeFile(join(dataDir, 'postmaster.pid'), `${server.pid}\n${dataDir}\n`);
      const refused = await reset({ EMBEDDED_POSTGRES_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(`the embedded PostgreSQL (pid ${server.pid}) still runs`);
      expect((await stat(dataDir)).isDirectory()).toBe(true);

      // A stale pid file: no such process, or one that is no PostgreSQL (the pid reused).
      for (const pid of [2147483646, process.pid]) {
        await writeFile(join(dataDir, 'postmaster.pid'), `${pid}\n${dataDir}\n`);
        const done = await reset({ EMBEDDED_POSTGRES_DIR: dataDir });
        expect(done.code).toBe(0);
        await expect(stat(dataDir)).rejects.toThrow(/ENOENT/);
        await mkdir(dataDir);
        await writeFile(join(dataDir, 'PG_VERSION'), '15\n');
      }
    } finally {
      server.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  SPAWNING_TEST_TIMEOUT_MS,
);

test(
  'with the embedded PostgreSQL: a directory that holds no cluster is not deleted, a missing one is named',
  async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'wohnnetz-reset-'));
    try {
      await writeFile(join(dataDir, 'notes.txt'), 'not a database');
      const refused = await reset({ EMBEDDED_POSTGRES_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(`${dataDir} holds no PostgreSQL cluster`);
      expect((await stat(join(dataDir, 'notes.txt'))).isFile()).toBe(true);

      const missing = await reset({ EMBEDDED_POSTGRES_DIR: join(dataDir, 'missing') });
      expect(missing).toEqual({
        code: 0,
        output: `${join(dataDir, 'missing')} does not exist: nothing to delete\n`,
      });

      // An empty DATABASE_URL is no reason to delete the embedded server's data.
      const empty = await reset({ DATABASE_URL: '', EMBEDDED_POSTGRES_DIR: dataDir });
      expect(empty.code).toBe(1);
      expect(empty.output).toMatch(/DATABASE_URL is empty/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  SPAWNING_TEST_TIMEOUT_MS,
);

test(
  'touches nothing when asked for help, given an argument, or run with NODE_ENV=production',
  async () => {
    const serverUrl = testDatabaseUrl();
    const prefix = `wn_test_reset_${randomBytes(4).toString('hex')}`;
    const databases = SUBGRAPH_NAMES.map((name) => databaseNameOf(prefix, name));
    const dataDir = await mkdtemp(join(tmpdir(), 'wohnnetz-reset-'));
    try {
      for (const database of databases) await ensureDatabase(serverUrl, database);
      await writeFile(join(dataDir, 'PG_VERSION'), '15\n');
      const untouched = async () => {
        expect(await listDatabases(serverUrl, prefix)).toHaveLength(6);
        expect(await closedDatabases(serverUrl, prefix)).toEqual([]);
        expect((await stat(join(dataDir, 'PG_VERSION'))).isFile()).toBe(true);
      };
      const settings: Record<string, string>[] = [
        { DATABASE_URL: serverUrl, DATABASE_PREFIX: prefix },
        { EMBEDDED_POSTGRES_DIR: dataDir },
      ];
      for (const env of settings) {
        for (const help of ['--help', '-h']) {
          const usage = await reset(env, [help]);
          expect(usage.code).toBe(0);
          expect(usage.output).toMatch(/^usage: pnpm reset\n/);
          await untouched();
        }
        for (const args of [['--force'], ['now'], ['--', '--help']]) {
          const refused = await reset(env, args);
          expect(refused.code).toBe(1);
          expect(refused.output).toMatch(/usage: pnpm reset\n/);
          await untouched();
        }
        // A deployment's databases (the consent registry's append-only record among them) are
        // not the development hub's: like `pnpm start`, reset refuses production mode.
        const production = await reset({ ...env, NODE_ENV: 'production' });
        expect(production.code).toBe(1);
        expect(production.output).toMatch(
          /pnpm reset wipes the development hub's data and refuses NODE_ENV=production/,
        );
        await untouched();
      }
    } finally {
      for (const database of databases) await dropDatabase(serverUrl, database);
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  SPAWNING_TEST_TIMEOUT_MS,
);
