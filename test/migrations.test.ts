/**
 * Every subgraph's committed migrations build exactly the schema its entities describe: an entity
 * changed without a migration (`pnpm migration:create <subgraph>`) fails here, not in production.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SUBGRAPHS } from '@wohnnetz/hub';
import { dropDatabase, listDatabases, migrate, withServer } from '@wohnnetz/service-kit';
import { createServiceRole, testDatabaseUrl, withScratchDatabase } from '@wohnnetz/testing';

describe('migrations and entities agree', () => {
  test.each(SUBGRAPHS.map((module) => [module.name, module] as const))(
    '%s',
    async (_name, module) => {
      await withScratchDatabase(module, async (orm) => {
        await migrate(orm);
        const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
        expect(diff.trim()).toBe('');
      });
    },
    30_000,
  );
});

/** `pnpm migration:create` itself, as a developer runs it (a Node process of its own). */
describe('pnpm migration:create', () => {
  const ROOT = join(__dirname, '..');
  const SCRATCH_PREFIX = 'wohnnetz_migration_';
  /**
   * The command, its connections named `applicationName` (PGAPPNAME): what the tests look for on
   * the server is this command's own, not another's — another test run sharing the server may
   * run the command (and make its scratch databases) at the same time.
   */
  const command = (args: string[], env: Record<string, string>) => {
    const applicationName = `wohnnetz migration test ${randomBytes(4).toString('hex')}`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'packages/hub/src/create-migration.ts'), ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: testDatabaseUrl(),
          PGAPPNAME: applicationName,
          ...env,
        },
      },
    );
    return Object.assign(child, { applicationName });
  };
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const child = command(args, env);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, output };
  };
  const scratchDatabases = () => listDatabases(testDatabaseUrl(), SCRATCH_PREFIX);

  /**
   * The database a query on the server names (its first row's `name`), asked every 5 ms while
   * the command runs: often enough to see a step that lasts a few tens of milliseconds (creating
   * a database), without spinning the CPU. Undefined if the command exits first.
   */
  const awaitDatabase = (
    child: ReturnType<typeof command>,
    sql: string,
    params: unknown[],
  ): Promise<string | undefined> =>
    withServer(testDatabaseUrl(), async (client) => {
      while (child.exitCode === null) {
        const { rows } = await client.query<{ name: string | null }>(sql, params);
        if (rows[0]?.name) return rows[0].name;
        await sleep(5);
      }
      return undefined;
    });

  /**
   * Runs `body` with a role of its own that may create databases and owns what it creates, and
   * what it owns: another test run sharing the server may make (and drop) scratch databases
   * meanwhile. Drops what it owns and the role at the end.
   */
  async function asOwnRole(body: (url: string, owned: () => Promise<string[]>) => Promise<void>) {
    const role = await createServiceRole();
    const owned = () =>
      withServer(testDatabaseUrl(), async (client) => {
        const { rows } = await client.query<{ datname: string }>(
          'select datname from pg_database where datdba = (select oid from pg_roles where rolname = $1)',
          [role.role],
        );
        return rows.map((row) => row.datname);
      });
    try {
      await withServer(testDatabaseUrl(), (client) =>
        client.query(`alter role ${role.role} createdb`),
      );
      await body(role.url, owned);
    } finally {
      for (const database of await owned()) await dropDatabase(testDatabaseUrl(), database);
      await role.drop();
    }
  }

  test('finds entities and migrations agreeing, and leaves no scratch database', async () => {
    await asOwnRole(async (url, owned) => {
      const { code, output } = await run(['welfare'], { DATABASE_URL: url });
      expect(output).toMatch('welfare: entities and migrations agree, nothing to do');
      expect(code).toBe(0);
      expect(await owned()).toEqual([]);
    });
  }, 60_000);

  test('refuses an unknown subgraph, a stray argument and a malformed DATABASE_URL before it creates anything; --help shows the usage', async () => {
    await asOwnRole(async (url, owned) => {
      const unknown = await run(['welfares'], { DATABASE_URL: url });
      expect(unknown.code).toBe(1);
      expect(unknown.output).toMatch(
        'usage: pnpm migration:create <subgraph>, one of consent, housing, jobcenter, landlords, training, welfare (not "welfares")',
      );
      // A second subgraph or an option it does not take, too; --help only shows the usage.
      for (const args of [
        ['welfare', 'housing'],
        ['--force', 'welfare'],
      ]) {
        const refused = await run(args, { DATABASE_URL: url });
        expect(refused.code).toBe(1);
        expect(refused.output).toMatch('usage: pnpm migration:create <subgraph>, one of');
      }
      for (const args of [['--help'], ['welfare', '-h']]) {
        const help = await run(args, { DATABASE_URL: url });
        expect(help.code).toBe(0);
        expect(help.output).toMatch(/^usage: pnpm migration:create <subgraph>, one of/);
      }
      expect(await owned()).toEqual([]);
    });
    const malformed = await run(['welfare'], { DATABASE_URL: 'mysql://127.0.0.1/x' });
    expect(malformed.code).toBe(1);
    expect(malformed.output).toMatch('DATABASE_URL');
  }, 60_000);

  test('drops its scratch database when interrupted', async () => {
    const child = command(['consent'], {});
    child.stdout.resume();
    child.stderr.resume();
    const exited = once(child, 'exit');
    // Interrupted as soon as it is connected to its scratch database (which so exists):
    // migrating it takes far longer.
    const scratch = await awaitDatabase(
      child,
      'select datname as name from pg_stat_activity where application_name = $1 and starts_with(datname, $2)',
      [child.applicationName, SCRATCH_PREFIX],
    );
    expect(scratch).toBeDefined();
    child.kill('SIGINT');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(130);
    expect(await scratchDatabases()).not.toContain(scratch);
  }, 60_000);

  test('drops its scratch database also when interrupted while creating it', async () => {
    const child = command(['consent'], {});
    child.stdout.resume();
    child.stderr.resume();
    const exited = once(child, 'exit');
    // Interrupted while the server still creates the scratch database (not yet listed).
    const creating = await awaitDatabase(
      child,
      `select substring(query from '^create database "([a-z0-9_]+)"') as name
         from pg_stat_activity
        where application_name = $1 and state = 'active' and query like 'create database %'`,
      [child.applicationName],
    );
    expect(creating).toMatch(new RegExp(`^${SCRATCH_PREFIX}`));
    child.kill('SIGINT');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(130);
    // The server finishes a CREATE DATABASE whose client has gone: once none of the command's
    // connections is left on the server (not after a while, which a busy machine may outlast),
    // a database the command did not wait for to drop would be listed.
    await withServer(testDatabaseUrl(), async (client) => {
      const connections = async () =>
        (
          await client.query<{ count: number }>(
            'select count(*)::int as count from pg_stat_activity where application_name = $1',
            [child.applicationName],
          )
        ).rows[0]!.count;
      while ((await connections()) > 0) await sleep(5);
    });
    expect(await scratchDatabases()).not.toContain(creating);
  }, 60_000);
});
