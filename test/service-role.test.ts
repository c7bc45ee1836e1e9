/**
 * A service run as a role of its own (MIGRATION_DATABASE_URL set): the migration role creates,
 * migrates and seeds the database and owns the tables, the service's role gets the rows only. The
 * consent registry then cannot undo its own record: its role may not delete or rewrite events and
 * log records, nor switch the append-only triggers off (ADR 0018).
 */
import { randomBytes, randomUUID } from 'node:crypto';
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
  FAR_INSTANTS,
  INSTANT_OUT_OF_BOUNDS_CODE,
  TEST_CALLER,
  createServiceRole,
  insertDated,
  recordConsentsOperation,
  startTestSubgraph,
  testDatabaseUrl,
  withdrawalDated,
  type RegistryInstant,
  type TestServiceRole,
  type TestSubgraph,
} from '@wohnnetz/testing';

const HOUSEHOLDS = 4;
const [consent, jobcenter] = ['consent', 'jobcenter'].map((name) =>
  SUBGRAPHS.find((module) => module.name === name)!,
) as [(typeof SUBGRAPHS)[number], (typeof SUBGRAPHS)[number]];

/** Runs one statement on a database as a role; resolves to the error code, if any. */
async function asServiceRole(
  role: TestServiceRole,
  ownerDatabaseUrl: string,
  sql: string,
): Promise<string | undefined> {
  const database = new URL(ownerDatabaseUrl).pathname.slice(1);
  const client = new Client({ connectionString: databaseUrl(role.url, database) });
  try {
    await client.connect();
    await client.query(sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs statements on a database (by default the test server's own) as its owner. */
async function asOwnerOn(url: string, ...statements: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

const onTestServer = (...statements: string[]) => asOwnerOn(testDatabaseUrl(), ...statements);

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
    ['change what a grant covers', "update consent_grant set categories = '{}'", '42501'],
    ['change the agencies', 'update agency set name = name', '42501'],
    // The withdrawal's columns it may update, and the trigger lets only a withdrawal through.
    [
      'withdraw a grant again',
      "update consent_grant set withdrawn_by = 'someone else' where withdrawn_at is not null",
      '23001',
    ],
    // A temporary table of the same name would be found first, and the log written there.
    [
      "put a temporary table in the log's place",
      'create temp table access_log_record (like public.access_log_record)',
      '42501',
    ],
    // Such a function would be a better match than pg_catalog's for a trigger's call.
    [
      'create a function in schema public',
      "create function public.to_jsonb(consent_grant) returns jsonb language sql as 'select null::jsonb'",
      '42501',
    ],
  ])('the registry cannot %s', async (_, sql, code) => {
    expect(await asServiceRole(role, registry.databaseUrl, sql)).toBe(code);
  });

  test("the append-only triggers call pg_catalog's functions, whatever schema public holds", async () => {
    // As before PostgreSQL 15, where anyone could create one: a better match for to_jsonb(row),
    // which would make every row look unchanged to the withdrawal trigger.
    const client = new Client({ connectionString: registry.databaseUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(
        "create function public.to_jsonb(consent_grant) returns jsonb language sql as 'select ''{}''::jsonb'",
      );
      await expect(
        client.query(
          "update consent_grant set categories = '{HEALTH}', withdrawn_at = now(), withdrawn_by = 'x' where withdrawn_at is null",
        ),
      ).rejects.toMatchObject({ code: '23001' });
    } finally {
      await client.query('rollback');
      await client.end();
    }
  });

  describe('the instants it records lie near the database clock (ADR 0021)', () => {
    const INSERTED: RegistryInstant[] = [
      'consent_grant.recorded_at',
      'consent_grant.withdrawn_at',
      'consent_event.at',
      'access_log_record.at',
    ];
    /** A grant the role records dated now: its events' grant, and the one it withdraws. */
    const grantId = randomUUID();
    const asRole = (sql: string) => asServiceRole(role, registry.databaseUrl, sql);

    beforeAll(async () => {
      expect(
        await asRole(insertDated('consent_grant.recorded_at', 'clock_timestamp()', grantId)),
      ).toBeUndefined();
    });

    test.each(
      INSERTED.flatMap((instant) => FAR_INSTANTS.map(([when, at]) => [instant, when, at] as const)),
    )('it cannot record a new %s dated %s', async (instant, _when, at) => {
      expect(
        await asRole(
          insertDated(instant, at, instant === 'consent_event.at' ? grantId : undefined),
        ),
      ).toBe(INSTANT_OUT_OF_BOUNDS_CODE);
    });

    test.each(INSERTED)('it records a new %s dated now', async (instant) => {
      expect(
        await asRole(
          insertDated(
            instant,
            'clock_timestamp()',
            instant === 'consent_event.at' ? grantId : undefined,
          ),
        ),
      ).toBeUndefined();
    });

    test('it cannot withdraw a grant dated 2 minutes back, at -infinity or ahead; it can dated now', async () => {
      for (const [, at] of FAR_INSTANTS) {
        expect(await asRole(withdrawalDated(grantId, at))).toBe(INSTANT_OUT_OF_BOUNDS_CODE);
      }
      expect(await asRole(withdrawalDated(grantId, 'clock_timestamp()'))).toBeUndefined();
    });
  });

  test('a session in replica mode (a default set for the role) still fires the triggers', async () => {
    await onTestServer(`alter role ${role.role} set session_replication_role = replica`);
    try {
      expect(
        await asServiceRole(
          role,
          registry.databaseUrl,
          'update consent_grant set withdrawn_at = null, withdrawn_by = null where withdrawn_at is not null',
        ),
      ).toBe('23001');
      expect(
        await asServiceRole(
          role,
          registry.databaseUrl,
          insertDated('access_log_record.at', "clock_timestamp() - interval '2 minutes'"),
        ),
      ).toBe(INSTANT_OUT_OF_BOUNDS_CODE);
    } finally {
      await onTestServer(`alter role ${role.role} reset session_replication_role`);
    }
  });

  test('no other role may connect to its database', async () => {
    const other = await createServiceRole();
    try {
      expect(
        await asServiceRole(other, registry.databaseUrl, 'select count(*) from consent_event'),
      ).toBe('42501');
    } finally {
      await other.drop();
    }
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

describe('every other subgraph runs as a role of its own', () => {
  test.each(['housing', 'welfare', 'landlords', 'training'])(
    '%s: connects as it and reads every table of its own',
    async (name) => {
      const module = SUBGRAPHS.find((candidate) => candidate.name === name)!;
      const role = await createServiceRole();
      let started: TestSubgraph | undefined;
      try {
        started = await startTestSubgraph(module, {
          households: 2,
          consentFor: [],
          serviceRoleUrl: role.url,
        });
        const em = started.orm.em.fork();
        const [{ user }] = await em.execute<[{ user: string }]>('select current_user as user');
        expect(user).toBe(role.role);
        const tables = await em.execute<{ tablename: string }[]>(
          "select tablename from pg_tables where schemaname = 'public' and tablename not like 'mikro_orm%'",
        );
        expect(tables.length).toBeGreaterThan(0);
        for (const { tablename } of tables) {
          await expect(em.execute(`select count(*) from "${tablename}"`)).resolves.toBeDefined();
        }
      } finally {
        await started?.stop();
        await role.drop();
      }
    },
  );
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

  const ownerRole = new URL(testDatabaseUrl()).username;

  test('a URL without a role and a role the server lacks are refused', async () => {
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
  });

  /** A role the service role is made a member of, dropped afterwards. */
  const helperRole = `wn_test_helper_${randomBytes(4).toString('hex')}`;

  test.each([
    ['a superuser', (svc: string) => [`alter role ${svc} superuser`], 'a superuser'],
    [
      'a role with CREATEROLE (it could join the owner)',
      (svc: string) => [`alter role ${svc} createrole`],
      'a role with CREATEROLE',
    ],
    [
      'a member of the owner',
      (svc: string) => [`grant "${ownerRole}" to ${svc}`],
      `a member of ${ownerRole}`,
    ],
    [
      'a member of a superuser role',
      (svc: string) => [`create role ${helperRole} superuser`, `grant ${helperRole} to ${svc}`],
      `a superuser (as a member of ${helperRole})`,
    ],
    [
      'a member of a role with CREATEROLE',
      (svc: string) => [`create role ${helperRole} createrole`, `grant ${helperRole} to ${svc}`],
      `a role with CREATEROLE (as a member of ${helperRole})`,
    ],
    [
      'a member of a role that runs programs on the server',
      (svc: string) => [`grant pg_execute_server_program to ${svc}`],
      'a member of pg_execute_server_program',
    ],
    [
      'a role with BYPASSRLS',
      (svc: string) => [`alter role ${svc} bypassrls`],
      'a role with BYPASSRLS',
    ],
    [
      'a member of a role that writes every table',
      (svc: string) => [`grant pg_write_all_data to ${svc}`],
      'a member of pg_write_all_data',
    ],
    [
      'a role with REPLICATION (it could read the whole cluster)',
      (svc: string) => [`alter role ${svc} replication`],
      'a role with REPLICATION',
    ],
    [
      "a role that may change the server's configuration",
      (svc: string) => [`grant alter system on parameter work_mem to ${svc}`],
      'allowed to ALTER SYSTEM work_mem',
    ],
    [
      'a role that may set session_replication_role (replica: no triggers)',
      (svc: string) => [`grant set on parameter session_replication_role to ${svc}`],
      'allowed to set session_replication_role',
    ],
  ])('%s is refused', async (_, setUp, problem) => {
    const role = await createServiceRole();
    try {
      await onTestServer(...setUp(role.role));
      const refused = startSubgraphModule(consent, {
        ...options,
        serverUrl: role.url,
        migrationServerUrl: testDatabaseUrl(),
      });
      await expect(refused).rejects.toThrow(`DATABASE_URL logs in as ${role.role}, `);
      await expect(refused).rejects.toThrow(problem);
    } finally {
      await onTestServer(
        `revoke set on parameter session_replication_role from ${role.role}`,
        `revoke alter system on parameter work_mem from ${role.role}`,
        `drop role if exists ${helperRole}`,
      );
      await role.drop();
    }
  });

  test('a database the service role owns (it ran with DATABASE_URL alone) is refused', async () => {
    const role = await createServiceRole();
    try {
      // As the service created it before it had a migration role.
      await onTestServer(`create database ${database} owner ${role.role}`);
      await expect(
        startSubgraphModule(consent, {
          ...options,
          serverUrl: role.url,
          migrationServerUrl: testDatabaseUrl(),
        }),
      ).rejects.toThrow(
        `DATABASE_URL logs in as ${role.role}, which owns (itself or through a role it is a member of) database ${database}, schema public: make MIGRATION_DATABASE_URL's role their owner first`,
      );
    } finally {
      await dropDatabase(testDatabaseUrl(), database);
      await role.drop();
    }
  });

  test('a restart takes from PUBLIC what it was given, and refuses what a group role was', async () => {
    const role = await createServiceRole();
    const group = `wn_test_group_${randomBytes(4).toString('hex')}`;
    const start = async () =>
      (
        await startSubgraphModule(consent, {
          ...options,
          serverUrl: role.url,
          migrationServerUrl: testDatabaseUrl(),
        })
      ).close();
    const owner = databaseUrl(testDatabaseUrl(), database);
    const asOwner = (...statements: string[]) => asOwnerOn(owner, ...statements);
    try {
      await start();
      await asOwner(
        'grant truncate on access_log_record to public',
        'grant temporary on database ' + database + ' to public',
        "create function public.backdoor(sql text) returns void language plpgsql security definer as 'begin execute sql; end'",
      );
      await start();
      expect(await asServiceRole(role, owner, 'truncate access_log_record')).toBe('42501');
      expect(await asServiceRole(role, owner, "select public.backdoor('select 1')")).toBe('42501');
      await asOwner(
        `create role ${group}`,
        `grant truncate on access_log_record to ${group}`,
        `grant execute on function public.backdoor(text) to ${group}`,
        `grant ${group} to ${role.role}`,
      );
      await expect(start()).rejects.toThrow(
        `DATABASE_URL's role ${role.role} can do more than the service was given, through a role it is a member of: TRUNCATE on access_log_record, EXECUTE of the SECURITY DEFINER function backdoor; revoke that first`,
      );
    } finally {
      await dropDatabase(testDatabaseUrl(), database);
      await onTestServer(`drop role if exists ${group}`);
      await role.drop();
    }
  });

  test('a restart grants again what was taken away', async () => {
    const role = await createServiceRole();
    try {
      const start = async () =>
        (
          await startSubgraphModule(consent, {
            ...options,
            serverUrl: role.url,
            migrationServerUrl: testDatabaseUrl(),
          })
        ).close();
      await start();
      const owner = databaseUrl(testDatabaseUrl(), database);
      await asOwnerOn(
        owner,
        `revoke select on consent_grant from ${role.role}`,
        // As before PostgreSQL 15.
        'grant create on schema public to public',
      );
      expect(await asServiceRole(role, owner, 'select count(*) from consent_grant')).toBe('42501');
      await start();
      expect(
        await asServiceRole(role, owner, 'select count(*) from consent_grant'),
      ).toBeUndefined();
      expect(await asServiceRole(role, owner, 'delete from consent_grant')).toBe('42501');
      expect(await asServiceRole(role, owner, 'create table public.mine (id int)')).toBe('42501');
    } finally {
      await dropDatabase(testDatabaseUrl(), database);
      await role.drop();
    }
  });
});
