/**
 * Every subgraph's committed migrations build exactly the schema its entities describe: an entity
 * changed without a migration (`pnpm migration:create <subgraph>`) fails here, not in production.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { SUBGRAPHS } from '@wohnnetz/hub';
import { listDatabases, migrate, withServer } from '@wohnnetz/service-kit';
import { testDatabaseUrl, withScratchDatabase } from '@wohnnetz/testing';

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
  const command = (args: string[], env: Record<string, string>) =>
    spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'packages/hub/src/create-migration.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: testDatabaseUrl(), ...env },
      },
    );
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const child = command(args, env);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, output };
  };
  const scratchDatabases = () => listDatabases(testDatabaseUrl(), SCRATCH_PREFIX);

  test('finds entities and migrations agreeing, and leaves no scratch database', async () => {
    const before = await scratchDatabases();
    const { code, output } = await run(['welfare']);
    expect(output).toMatch('welfare: entities and migrations agree, nothing to do');
    expect(code).toBe(0);
    expect(await scratchDatabases()).toEqual(before);
  }, 60_000);

  test('refuses an unknown subgraph and a malformed DATABASE_URL before it creates anything', async () => {
    const unknown = await run(['welfares']);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toMatch(
      'usage: pnpm migration:create <subgraph>, one of consent, housing, jobcenter, landlords, training, welfare (not "welfares")',
    );
    const malformed = await run(['welfare'], { DATABASE_URL: 'mysql://127.0.0.1/x' });
    expect(malformed.code).toBe(1);
    expect(malformed.output).toMatch('DATABASE_URL');
  }, 60_000);

  test('drops its scratch database when interrupted', async () => {
    const before = new Set(await scratchDatabases());
    const child = command(['consent'], {});
    child.stdout.resume();
    child.stderr.resume();
    const exited = once(child, 'exit');
    // Interrupted as soon as its scratch database exists: migrating it takes far longer.
    let scratch: string | undefined;
    while (!scratch && child.exitCode === null) {
      scratch = (await scratchDatabases()).find((name) => !before.has(name));
      if (!scratch) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(scratch).toBeDefined();
    child.kill('SIGINT');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(130);
    expect(await scratchDatabases()).not.toContain(scratch);
  }, 60_000);

  test('drops its scratch database also when interrupted while creating it', async () => {
    const before = new Set(await scratchDatabases());
    const child = command(['consent'], {});
    child.stdout.resume();
    child.stderr.resume();
    const exited = once(child, 'exit');
    // Interrupted while the server still creates the scratch database (not yet listed).
    let creating = false;
    await withServer(testDatabaseUrl(), async (client) => {
      while (!creating && child.exitCode === null) {
        const { rows } = await client.query(
          `select 1 from pg_stat_activity where state = 'active' and query like 'create database "${SCRATCH_PREFIX}%'`,
        );
        creating = rows.length > 0;
      }
    });
    expect(creating).toBe(true);
    child.kill('SIGINT');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(130);
    // The server finishes a CREATE DATABASE whose client has gone.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await scratchDatabases()).filter((name) => !before.has(name))).toEqual([]);
  }, 60_000);
});
