/**
 * A service run as a role of its own (MIGRATION_DATABASE_URL set): the migration role creates,
 * migrates and seeds the database and owns the tables, the service's role gets the rows only. The
 * consent registry then cannot undo its own record: its role may not delete or rewrite events and
 * log records, nor switch the append-only triggers off (ADR 0018).
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { demoHouseholds } from '@wohnnetz/demo-data';
import { SUBGRAPHS } from '@wohnnetz/hub';
import {
  databaseUrl,
  dropDatabase,
  gatewayKeySet,
  generateGatewaySigningKeys,
  startSubgraphModule,
  type SubgraphStartOptions,
} from '@wohnnetz/service-kit';
import {
  TEST_CALLER,
  createServiceRole,
  recordConsentsOperation,
  startTestSubgraph,
  testDatabaseUrl,
  type TestServiceRole,
  type TestSubgraph,
} from '@wohnnetz/testing';

const HOUSEHOLDS = 4;
const [consent, jobcenter] = ['consent', 'jobcenter'].map((name) =>
  SUBGRAPHS.find((module) => module.name === name)!,
) as [(typeof SUBGRAPHS)[number], (typeof SUBGRAPHS)[number]];

/** Runs one statement on a database as the service role; resolves to the error code, if any. */
async function asServiceRole(
  role: TestServiceRole,
  ownerDatabaseUrl: string,
  sql: string,
): Promise<string | undefined> {
  const database = new URL(ownerDatabaseUrl).pathname.slice(1);
  const client = new Client({ connectionString: databaseUrl(role.url, database) });
  await client.connect();
  try {
    await client.query(sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end();
  }
}

describe('services that run as a role of their own', () => {
  let role: TestServiceRole;
  let subgraph: TestSubgraph;
  let registry: TestSubgraph;

  beforeAll(async () => {
    role = await createServiceRole();
    // The jobcenter and the registry it asks: the test consents are recorded as the role.
    subgraph = await startTestSubgraph(jobcenter, {
      households: HOUSEHOLDS,
      serviceRoleUrl: role.url,
    });
    registry = subgraph.registry!;
  }, 120_000);

  afterAll(async () => {
    await subgraph?.stop();
    await role?.drop();
  });

  test('they connect as it, and record, decide, log and withdraw as before', async () => {
    const connected = await subgraph.orm.em
      .fork()
      .execute<{ current_user: string }[]>('select current_user');
    expect(connected[0]!.current_user).toBe(role.role);

    const ids = demoHouseholds(HOUSEHOLDS).map((household) => household.id);
    const read = await subgraph.query<{ _entities: { benefitCase: unknown }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { benefitCase { status } } } }',
      { r: ids.map((id) => ({ __typename: 'Household', id })) },
    );
    expect(read.errors).toBeUndefined();
    const log = await registry.query<{ accessLog: { totalCount: number } }>(
      '{ accessLog(first: 1) { totalCount } }',
      {},
      {
        roles: ['data_protection_officer'],
        purpose: 'DATA_PROTECTION_SUPERVISION',
      },
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.accessLog.totalCount).toBeGreaterThan(0);

    const { mutation, variables } = recordConsentsOperation([ids[0]!], {
      agencyId: 'welfare-dortmund-nord',
      categories: ['INCOME_BENEFITS'],
      purposes: [TEST_CALLER.purpose],
      referencePrefix: 'ROLE',
    });
    const recorded = await registry.query<{ c0: { id: string } }>(mutation, variables);
    expect(recorded.errors).toBeUndefined();
    const withdrawn = await registry.query<{ withdrawConsent: { state: string } }>(
      'mutation ($id: ID!) { withdrawConsent(id: $id, reason: "test") { state } }',
      { id: recorded.data!.c0.id },
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawConsent.state).toBe('WITHDRAWN');
  });

  test.each([
    ['delete an event', 'delete from consent_event', '42501'],
    ['rewrite an event', 'update consent_event set reason = null', '42501'],
    ['delete a grant', 'delete from consent_grant', '42501'],
    ['delete log records', 'delete from access_log_record', '42501'],
    ['rewrite log records', 'update access_log_record set purpose = purpose', '42501'],
    ['empty the log', 'truncate access_log_record', '42501'],
    ['switch the triggers off', 'alter table consent_event disable trigger user', '42501'],
    ['drop the log', 'drop table access_log_record', '42501'],
    ['read the migrations', 'select count(*) from mikro_orm_migrations', '42501'],
    // Granted for withdrawals, and the trigger lets nothing else through (restrict_violation).
    ['change what a grant covers', "update consent_grant set categories = '{}'", '23001'],
  ])('the registry cannot %s', async (_, sql, code) => {
    expect(await asServiceRole(role, registry.databaseUrl, sql)).toBe(code);
  });

  test('it reads its record, and other services keep every right on their rows', async () => {
    expect(
      await asServiceRole(role, registry.databaseUrl, 'select count(*) from consent_event'),
    ).toBeUndefined();
    expect(
      await asServiceRole(role, subgraph.databaseUrl, 'delete from benefit_case where false'),
    ).toBeUndefined();
  });
});

describe('a service role is checked at start', () => {
  let database: string;
  let options: Omit<SubgraphStartOptions, 'serverUrl' | 'migrationServerUrl'>;

  beforeEach(async () => {
    database = `wn_test_role_${randomBytes(4).toString('hex')}_consent`;
    const keys = await generateGatewaySigningKeys();
    options = {
      databaseName: database,
      port: 0,
      host: '127.0.0.1',
      gatewayKeys: gatewayKeySet(keys.publicJwks),
      mode: 'test',
      decisions: { decide: () => Promise.reject(new Error('no decisions here')) },
    };
  });

  afterEach(async () => {
    await dropDatabase(testDatabaseUrl(), database);
  });

  const asRole = (name: string, password?: string) => {
    const url = new URL(testDatabaseUrl());
    url.username = name;
    url.password = password ?? '';
    return url.toString();
  };

  test('the same role as the owner is refused: it would own its tables', async () => {
    await expect(
      startSubgraphModule(consent, {
        ...options,
        serverUrl: testDatabaseUrl(),
        migrationServerUrl: testDatabaseUrl(),
      }),
    ).rejects.toThrow(/DATABASE_URL and MIGRATION_DATABASE_URL log in as the same role/);
  });

  test('a URL without a role, a role the server lacks and a superuser are refused', async () => {
    const withoutRole = new URL(testDatabaseUrl());
    withoutRole.username = '';
    withoutRole.password = '';
    await expect(
      startSubgraphModule(consent, {
        ...options,
        serverUrl: withoutRole.toString(),
        migrationServerUrl: testDatabaseUrl(),
      }),
    ).rejects.toThrow('DATABASE_URL names no role: write postgres://role@host/database');
    await expect(
      startSubgraphModule(consent, {
        ...options,
        serverUrl: asRole('wn_test_nobody'),
        migrationServerUrl: testDatabaseUrl(),
      }),
    ).rejects.toThrow(
      'DATABASE_URL logs in as wn_test_nobody, which has no role on the server: create it first',
    );
    const superuser = `wn_test_super_${randomBytes(4).toString('hex')}`;
    const client = new Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await client.query(`create role ${superuser} superuser login password 'wn-test'`);
      await expect(
        startSubgraphModule(consent, {
          ...options,
          serverUrl: asRole(superuser, 'wn-test'),
          migrationServerUrl: testDatabaseUrl(),
        }),
      ).rejects.toThrow(`DATABASE_URL logs in as ${superuser}, a superuser`);
    } finally {
      await client.query(`drop role if exists ${superuser}`);
      await client.end();
    }
  });

  test('a restart migrates nothing new and grants again', async () => {
    const role = await createServiceRole();
    try {
      for (let start = 0; start < 2; start += 1) {
        const service = await startSubgraphModule(consent, {
          ...options,
          serverUrl: role.url,
          migrationServerUrl: testDatabaseUrl(),
        });
        await service.close();
      }
      const owner = databaseUrl(testDatabaseUrl(), database);
      expect(
        await asServiceRole(role, owner, 'select count(*) from consent_grant'),
      ).toBeUndefined();
      expect(await asServiceRole(role, owner, 'delete from consent_grant')).toBe('42501');
    } finally {
      await dropDatabase(testDatabaseUrl(), database);
      await role.drop();
    }
  });
});
