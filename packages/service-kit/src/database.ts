import { Client } from 'pg';
import { MAX_DATABASE_NAME_LENGTH } from './env';

/** The URL of database `name` on the server that `serverUrl` points to. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A name PostgreSQL takes as it is: no quoting needed, and not cut short (MAX_DATABASE_NAME_LENGTH). */
function assertIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name.length > MAX_DATABASE_NAME_LENGTH) {
    throw new Error(`not a safe database name: ${name}`);
  }
}

/** A server URL as it may be shown in a message: its password replaced. */
export function shownUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/**
 * Why the server could not be reached, with where it was looked for: pg's own messages name
 * neither, the one for a missing password speaks of SCRAM messages, and the one for a database
 * closed to new connections does not say by whom (an interrupted `pnpm reset`).
 */
export function connectionFailure(serverUrl: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  const hint = /client password must be|password authentication failed/.test(reason)
    ? ' (the server asks for a password: give it in the URL, postgres://user:password@host:port/database)'
    : /is not currently accepting connections/.test(reason)
      ? ' (closed to new connections, as `pnpm reset` leaves them when interrupted before it dropped them: run it again, or ALTER DATABASE … WITH ALLOW_CONNECTIONS true to keep the data)'
      : '';
  return new Error(`cannot connect to PostgreSQL at ${shownUrl(serverUrl)}: ${reason}${hint}`, {
    cause: error,
  });
}

/** Runs `run` on a connection to the server, closed afterwards. */
export async function withServer<T>(
  serverUrl: string,
  run: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  try {
    await client.connect();
  } catch (error) {
    throw connectionFailure(serverUrl, error);
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a UTF-8 database from template0 (template1 may carry another encoding). The server's
 * default locale is kept where it suits UTF-8; one that does not (de_DE.ISO-8859-1, say) is
 * refused by PostgreSQL (22023), and then the C locale is taken, which suits every encoding.
 */
async function createUtf8Database(client: Client, name: string): Promise<void> {
  try {
    await client.query(`create database "${name}" encoding 'UTF8' template template0`);
  } catch (error) {
    if ((error as { code?: string }).code !== '22023') throw error;
    console.warn(
      `the server's default locale does not suit UTF-8: database ${name} is created with the C locale (text sorts by code point)`,
    );
    await client.query(
      `create database "${name}" encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0`,
    );
  }
}

/**
 * Creates database `name` unless it exists, in UTF-8 whatever the server's default (a cluster
 * made under LANG=C defaults to SQL_ASCII, where lengths count bytes and no character is checked).
 * An existing database in another encoding is refused, never used.
 */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  assertIdentifier(name);
  await withServer(serverUrl, async (client) => {
    const encodingOf = async () => {
      const { rows } = await client.query<{ encoding: string }>(
        'select pg_encoding_to_char(encoding) as encoding from pg_database where datname = $1',
        [name],
      );
      return rows[0]?.encoding;
    };
    let encoding = await encodingOf();
    if (encoding === undefined) {
      try {
        await createUtf8Database(client, name);
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === '42501') {
          throw new Error(
            `cannot create database ${name} on ${shownUrl(serverUrl)}: the role may not create ` +
              'databases (give it CREATEDB, or create the database and make the role its owner)',
            { cause: error },
          );
        }
        // Two replicas starting at once race to create the same database: the loser is told it
        // exists (42P04), or, where both got past that check, of the unique name (23505).
        if (code !== '42P04' && code !== '23505') throw error;
        encoding = await encodingOf();
      }
    }
    if (encoding !== 'UTF8') {
      throw new Error(
        `database ${name} on ${shownUrl(serverUrl)} stores text as ${encoding}, but Wohnnetz ` +
          'needs UTF8: with the embedded PostgreSQL, `pnpm reset` makes it again (its data is ' +
          "lost); elsewhere dump it, create it again with ENCODING 'UTF8' and restore it",
      );
    }
  });
}

/**
 * Runs `prepare` (migrating and seeding a service's database) while holding a lock on that
 * database, so that replicas of one service starting at once prepare it one after the other: the
 * first migrates and seeds, the others find it done. The lock is a session's advisory lock on a
 * connection of its own, released when that connection ends, also when `prepare` fails.
 */
export async function whilePreparing<T>(
  serviceDatabaseUrl: string,
  prepare: () => Promise<T>,
): Promise<T> {
  return withServer(serviceDatabaseUrl, async (client) => {
    await client.query("select pg_advisory_lock(hashtextextended('wohnnetz: prepare', 0))");
    return prepare();
  });
}

/** Drops database `name` if it exists, closing its open connections. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  assertIdentifier(name);
  await withServer(serverUrl, (client) =>
    client.query(`drop database if exists "${name}" with (force)`),
  );
}

/** Names of the databases on the server that start with `prefix`. */
export async function listDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  return withServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1) order by datname',
      [prefix],
    );
    return rows.map((row) => row.datname);
  });
}

/**
 * Whether the databases accept new connections (`ALLOW_CONNECTIONS`; connections already open
 * stay). `pnpm reset` closes them before it looks who is connected, so that nothing can connect
 * between that look and the drop. All of them or none: one the role may not alter (not its
 * owner) leaves the others as they were.
 */
export async function allowConnections(
  serverUrl: string,
  names: readonly string[],
  allowed: boolean,
): Promise<void> {
  names.forEach(assertIdentifier);
  await withServer(serverUrl, async (client) => {
    await client.query('begin');
    try {
      for (const name of names) {
        await client.query(`alter database "${name}" with allow_connections ${String(allowed)}`);
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  });
}

/**
 * Who is connected to the databases: each connection's application name (empty when none). The
 * server's autovacuum workers are no one: they visit every database now and then, whoever uses
 * it, and a drop ends them (counted, `pnpm reset` refused now and then with nothing running).
 */
export async function connectionsTo(
  serverUrl: string,
  names: readonly string[],
): Promise<string[]> {
  return withServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ application_name: string }>(
      `select application_name from pg_stat_activity
        where datname = any($1) and pid <> pg_backend_pid() and backend_type <> 'autovacuum worker'`,
      [names],
    );
    return rows.map((row) => row.application_name);
  });
}

/** The application name of the connections that mark databases as used by a running hub. */
export const HUB_APPLICATION_NAME = 'wohnnetz hub (pnpm start)';

/** How long a lost mark waits before it connects again. */
const MARK_RETRY_MS = 2_000;

/**
 * Keeps one idle connection to each database for as long as the hub runs, so that `pnpm reset`
 * sees it in use: the services' pools close their connections when idle. A mark the server drops
 * (a restart, an idle timeout) is made again; once released, or while PostgreSQL stops with the
 * hub (Ctrl-C reaches both), a lost mark is no news.
 */
export async function holdDatabases(
  serverUrl: string,
  names: readonly string[],
): Promise<{ release(): Promise<void> }> {
  const clients = new Map<string, Client>();
  let released = false;
  const mark = async (name: string): Promise<void> => {
    const client = new Client({
      connectionString: databaseUrl(serverUrl, name),
      application_name: HUB_APPLICATION_NAME,
      keepAlive: true,
    });
    client.on('error', () => undefined); // 'end' follows, and says what to do
    client.on('end', () => {
      if (released || clients.get(name) !== client) return;
      clients.delete(name);
      console.warn(`the hub's mark on database ${name} was lost; making it again`);
      const retry = () => {
        if (released) return;
        mark(name).catch(() => setTimeout(retry, MARK_RETRY_MS).unref());
      };
      setTimeout(retry, MARK_RETRY_MS).unref();
    });
    await client.connect();
    // Released while this connected (a mark made again): it is no longer wanted.
    if (released) {
      await client.end().catch(() => undefined);
      return;
    }
    clients.set(name, client);
  };
  const release = async () => {
    released = true;
    await Promise.all([...clients.values()].map((client) => client.end().catch(() => undefined)));
  };
  try {
    for (const name of names) {
      assertIdentifier(name);
      await mark(name);
    }
  } catch (error) {
    await release();
    throw connectionFailure(serverUrl, error);
  }
  return { release };
}
