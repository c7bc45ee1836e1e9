/**
 * Each service's database is UTF-8, whatever the server's default: created so, and an existing
 * one in another encoding is refused at start instead of storing text it cannot check. Replicas
 * of one service that start at once make, migrate and seed it once.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { SUBGRAPHS } from '@wohnnetz/hub';
import {
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  gatewayKeySet,
  generateGatewaySigningKeys,
  startSubgraphModule,
} from '@wohnnetz/service-kit';
import { createServiceRole, testDatabaseUrl } from '@wohnnetz/testing';

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

describe('replicas of one service that start at once on a new database', () => {
  const housing = SUBGRAPHS.find((module) => module.name === 'housing')!;
  const consent = SUBGRAPHS.find((module) => module.name === 'consent')!;
  const REPLICAS = 3;

  /** Starts the replicas at once; every one must start, and the database be made once. */
  async function startReplicas(
    module: typeof housing,
    serverUrl: string,
    migrationServerUrl?: string,
  ): Promise<void> {
    const keys = await generateGatewaySigningKeys();
    const started = await Promise.allSettled(
      Array.from({ length: REPLICAS }, () =>
        startSubgraphModule(module, {
          serverUrl,
          migrationServerUrl,
          databaseName: name,
          port: 0,
          host: '127.0.0.1',
          seed: { households: 5 },
          gatewayKeys: gatewayKeySet(keys.publicJwks),
          mode: 'test',
          decisions: { decide: () => Promise.reject(new Error('not asked')) },
        }),
      ),
    );
    for (const result of started) {
      if (result.status === 'fulfilled') await result.value.close();
    }
    expect(
      started.map((result) => (result.status === 'fulfilled' ? 'started' : String(result.reason))),
    ).toEqual(Array.from({ length: REPLICAS }, () => 'started'));
    const client = new Client({ connectionString: databaseUrl(testDatabaseUrl(), name) });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        'select name from mikro_orm_migrations order by id',
      );
      expect(rows.map((row) => row.name)).toEqual(module.migrations.map((entry) => entry.name));
    } finally {
      await client.end();
    }
  }

  test('each creates the database or finds it made, and it is migrated and seeded once', async () => {
    await startReplicas(housing, testDatabaseUrl());
    const client = new Client({ connectionString: databaseUrl(testDatabaseUrl(), name) });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: number }>(
        'select count(*)::int as count from household',
      );
      expect(rows[0]!.count).toBe(5);
    } finally {
      await client.end();
    }
  });

  test('with a service role of its own: the owner migrates, seeds and grants once', async () => {
    const serviceRole = await createServiceRole();
    try {
      await startReplicas(consent, serviceRole.url, testDatabaseUrl());
    } finally {
      await dropDatabase(testDatabaseUrl(), name);
      await serviceRole.drop();
    }
  });
});
