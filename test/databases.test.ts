/**
 * Each service's database is UTF-8, whatever the server's default: created so, and an existing
 * one in another encoding is refused at start instead of storing text it cannot check.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase } from '@wohnnetz/service-kit';
import { testDatabaseUrl } from '@wohnnetz/testing';

async function onServer<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const encodingOf = (name: string) =>
  onServer(async (client) => {
    const { rows } = await client.query<{ encoding: string }>(
      'select pg_encoding_to_char(encoding) as encoding from pg_database where datname = $1',
      [name],
    );
    return rows[0]?.encoding;
  });

let name: string;
beforeEach(() => {
  name = `wn_test_encoding_${randomBytes(4).toString('hex')}`;
});
afterEach(async () => {
  await dropDatabase(testDatabaseUrl(), name);
});

test('a new database is created in UTF-8, and found again', async () => {
  await ensureDatabase(testDatabaseUrl(), name);
  expect(await encodingOf(name)).toBe('UTF8');
  await expect(ensureDatabase(testDatabaseUrl(), name)).resolves.toBeUndefined();
});

test('an existing database in SQL_ASCII is refused with what to do', async () => {
  // What a cluster initialised under LANG=C makes by default.
  await onServer((client) =>
    client.query(
      `create database ${name} encoding 'SQL_ASCII' lc_collate 'C' lc_ctype 'C' template template0`,
    ),
  );
  await expect(ensureDatabase(testDatabaseUrl(), name)).rejects.toThrow(
    `database ${name} on ${testDatabaseUrl().replace(/:[^:@/]+@/, ':***@')} stores text as SQL_ASCII, but Wohnnetz needs UTF8: with the embedded PostgreSQL, \`pnpm reset\``,
  );
});

test('a role that may not create databases is told what it needs', async () => {
  const role = `wn_test_role_${randomBytes(4).toString('hex')}`;
  await onServer((client) =>
    client.query(`create role ${role} login nocreatedb password 'wn-test-password'`),
  );
  try {
    const url = new URL(testDatabaseUrl());
    url.username = role;
    url.password = 'wn-test-password';
    await expect(ensureDatabase(url.toString(), name)).rejects.toThrow(
      `cannot create database ${name} on ${url.toString().replace('wn-test-password', '***')}: the role may not create databases (give it CREATEDB, or create the database and make the role its owner)`,
    );
  } finally {
    await onServer((client) => client.query(`drop role ${role}`));
  }
});
