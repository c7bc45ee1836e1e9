/**
 * `pnpm start` (packages/hub/src/start.ts) checks its command line and its mode before it starts
 * anything: run as the real command, against a server that cannot be reached (port 1), so that a
 * start that went on anyway would fail at once instead of starting a hub.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '@wohnnetz/testing';

const SPAWNING_TEST_TIMEOUT_MS = 120_000;

let devIssuerDir: string;
beforeAll(async () => {
  devIssuerDir = await mkdtemp(join(tmpdir(), 'wohnnetz-start-'));
});
afterAll(async () => {
  await rm(devIssuerDir, { recursive: true, force: true });
});

async function start(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const { code, stdout, stderr } = await runCommand('packages/hub/src/start.ts', args, {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres',
    DEV_ISSUER_DIR: devIssuerDir,
    ...env,
  });
  return { code, output: stdout + stderr };
}

test(
  '--help shows the usage and starts nothing; another argument is refused with it',
  async () => {
    for (const help of ['--help', '-h']) {
      const usage = await start([help]);
      expect(usage.code).toBe(0);
      expect(usage.output).toMatch(/^usage: pnpm start\n/);
    }
    for (const args of [['--port', '5000'], ['now']]) {
      const refused = await start(args);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/usage: pnpm start\n/);
      expect(refused.output).not.toMatch(/cannot connect/);
    }
  },
  SPAWNING_TEST_TIMEOUT_MS,
);

test(
  'refuses production mode and the production variables of the gateway, which it would ignore',
  async () => {
    const production = await start([], {
      NODE_ENV: 'production',
      AUTH_ISSUER: 'https://idp.example',
    });
    expect(production.code).toBe(1);
    expect(production.output).toMatch(
      /pnpm start runs the development hub and ignores NODE_ENV=production, AUTH_ISSUER: in production run each service on its own/,
    );
  },
  SPAWNING_TEST_TIMEOUT_MS,
);
