/**
 * `pnpm -s retention`: deleting what the registry kept longer than the programme's periods, run
 * as an operator runs it (the command in a process of its own, with the registry's database
 * settings) against a registry that runs as a role of its own.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openOrm } from '@wohnnetz/service-kit';
import type { Caller } from '@wohnnetz/service-kit';
import {
  compareText,
  recordConsentsOperation,
  startOperatedRegistry,
  testDatabaseUrl,
  type OperatedRegistry,
  insertDated,
  withRegistryTriggersOff,
  type TestSubgraph,
} from '@wohnnetz/testing';
import { consent } from '../subgraph';
import { withTriggersOff } from '../registry-triggers';
import { atMostPerRun, retentionPeriod } from './retention-period';

const CLI = join(__dirname, 'retention-cli.ts');

let operated: OperatedRegistry;
let registry: TestSubgraph;
let orm: OperatedRegistry['orm'];

beforeAll(async () => {
  // No demo households: the registry holds only what each test writes.
  operated = await startOperatedRegistry(0);
  ({ registry, orm } = operated);
}, 120_000);

afterAll(async () => {
  await operated?.stop();
});

/** Runs `pnpm -s retention` as the registry's deployment would (startOperatedRegistry). */
const retention = (args: string[], environment: Record<string, string | undefined> = {}) =>
  operated.run(CLI, args, environment);

/** Runs statements on the registry's table with its triggers off, as the tables' owner. */
async function written(table: Parameters<typeof withRegistryTriggersOff>[1], sql: string[]) {
  await withRegistryTriggersOff(orm.em, table, async (tx) => {
    for (const statement of sql) await tx.execute(statement);
  });
}

/** The ids of what the registry holds now. */
async function held(): Promise<{ records: string[]; grants: string[]; events: string[] }> {
  const ids = async (table: string) =>
    (await orm.em.fork().execute<{ id: string }[]>(`select id from ${table} order by id`)).map(
      (row) => row.id,
    );
  return {
    records: await ids('access_log_record'),
    grants: await ids('consent_grant'),
    events: await ids('consent_event'),
  };
}

/**
 * A consent of its own household with its GIVEN event, `change` (SQL assignments) applied: e.g.
 * withdrawn or expired some time ago. Returns its id.
 */
async function grantWith(change: string | null, id: string = randomUUID()): Promise<string> {
  await written('consent_grant', [insertDated('consent_grant.recorded_at', 'now()', id)]);
  await written('consent_event', [insertDated('consent_event.at', 'now()', id)]);
  if (change) {
    await written('consent_grant', [`update consent_grant set ${change} where id = '${id}'`]);
  }
  return id;
}

interface RunData {
  at: string;
  actor: string;
  accessLogBefore: string | null;
  accessLogRecords: number | null;
  accessLogDecisions: number | null;
  endedConsentsBefore: string | null;
  endedConsents: number | null;
  endedConsentEvents: number | null;
}

const OFFICER: Partial<Caller> = {
  actor: 'dpo@jobcenter-hagen',
  agencyId: 'jobcenter-hagen',
  agencyKind: 'JOBCENTER',
  roles: ['data_protection_officer'],
  purpose: 'DATA_PROTECTION_SUPERVISION',
};

/** The retention runs as an officer reads them through the registry's API, newest first. */
async function runs(caller: Partial<Caller> = OFFICER) {
  return registry.query<{ retentionRuns: { totalCount: number; nodes: RunData[] } }>(
    `query { retentionRuns(first: 100) { totalCount nodes {
      at actor accessLogBefore accessLogRecords accessLogDecisions
      endedConsentsBefore endedConsents endedConsentEvents
    } } }`,
    {},
    caller,
  );
}

describe('the retention period', () => {
  test.each(['1y', '12m', '365d', '2y', '100y', '400d'])('takes %s', (text) => {
    expect(retentionPeriod(text, '--access-log').text).toBe(text);
  });

  test.each(['364d', '11m', '0y', '101y', '1', 'y', '1.5y', '-1y', '01y', '1 y', '2w'])(
    'refuses %j',
    (text) => {
      expect(() => retentionPeriod(text, '--access-log')).toThrow(
        /--access-log takes a period of at least a year and at most a hundred/,
      );
    },
  );
});

test('withTriggersOff takes no lock wait of 0, which PostgreSQL reads as no limit', async () => {
  for (const lockWaitSeconds of [0, 0.0001, -1, Number.NaN]) {
    await expect(
      withTriggersOff(orm.em, ['access_log_record'], () => Promise.resolve(), { lockWaitSeconds }),
    ).rejects.toThrow(RangeError);
  }
});

describe('--at-most', () => {
  test.each(['1', '100000', '10000000'])('takes %s', (text) => {
    expect(atMostPerRun(text)).toBe(Number(text));
  });

  test.each(['0', '10000001', '-1', '1e5', '01', '1.5', ''])('refuses %j', (text) => {
    expect(() => atMostPerRun(text)).toThrow(/--at-most takes a whole number from 1 to 10000000/);
  });
});

describe('pnpm -s retention', () => {
  test('deletes only what is older than its period, all at once; --check counts it first', async () => {
    const before = await held();
    // Two records made three years ago (one decision each), one made now.
    const old = [randomUUID(), randomUUID()];
    await written(
      'access_log_record',
      old.map(() => insertDated('access_log_record.at', "now() - interval '3 years'")),
    );
    await written('access_log_record', [insertDated('access_log_record.at', 'now()')]);
    // Consents: withdrawn three years ago, expired three years ago — gone with their events;
    // withdrawn half a year ago, expiring next year, applying without end, recorded today but run
    // out three years ago — kept.
    const withdrawnLongAgo = await grantWith(
      "withdrawn_at = now() - interval '3 years', withdrawn_by = 'x'",
    );
    const expiredLongAgo = await grantWith(
      "recorded_at = now() - interval '4 years', valid_from = now() - interval '4 years', valid_until = now() - interval '3 years'",
    );
    const kept = [
      await grantWith("withdrawn_at = now() - interval '6 months', withdrawn_by = 'x'"),
      await grantWith(
        "valid_from = now() - interval '4 years', valid_until = now() + interval '1 year'",
      ),
      await grantWith(
        "recorded_at = now() - interval '5 years', valid_from = now() - interval '5 years'",
      ),
      // Recorded today, dated back: it ran out three years ago, but as far as the registry knows
      // it expired when it was recorded (its history says so), and its GIVEN event is today's.
      await grantWith(
        "valid_from = now() - interval '5 years', valid_until = now() - interval '3 years'",
      ),
    ];
    const withOld = await held();
    const args = ['--access-log', '2y', '--ended-consents', '2y'];

    const checked = await retention(['--check', ...args]);
    expect(checked).toMatchObject({ code: 0, stderr: '' });
    expect(checked.stdout).toMatch(
      /^access log: would delete 2 records \(2 decisions\) made before \d{4}-\d\d-\d\dT[\d:.]+Z$/m,
    );
    expect(checked.stdout).toMatch(
      /^ended consents: would delete 2 consents withdrawn or expired before .*, with their 2 events$/m,
    );
    expect(checked.stdout).toMatch(/^checked only: nothing was changed$/m);
    expect(await held()).toEqual(withOld);
    const runsBefore = (await runs()).data!.retentionRuns.totalCount;

    const done = await retention(args);
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toMatch(/^access log: deleted 2 records \(2 decisions\) made before /m);
    expect(done.stdout).toMatch(/^ended consents: deleted 2 consents .*, with their 2 events$/m);
    const after = await held();
    expect(after.records).toHaveLength(before.records.length + 1);
    expect(after.grants).toEqual([...before.grants, ...kept].sort(compareText));
    expect(after.grants).not.toContain(withdrawnLongAgo);
    expect(after.grants).not.toContain(expiredLongAgo);
    expect(after.events).toHaveLength(before.events.length + kept.length);

    // The run is recorded, for every agency's officer to read; the check was not.
    const recorded = await runs();
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.retentionRuns.totalCount).toBe(runsBefore + 1);
    const [run] = recorded.data!.retentionRuns.nodes;
    expect(run).toEqual({
      at: expect.any(String) as string,
      actor: new URL(testDatabaseUrl()).username,
      accessLogBefore: expect.any(String) as string,
      accessLogRecords: 2,
      accessLogDecisions: 2,
      endedConsentsBefore: expect.any(String) as string,
      endedConsents: 2,
      endedConsentEvents: 2,
    });
    const ranAt = Date.parse(run!.at);
    expect(Math.abs(ranAt - Date.now())).toBeLessThan(60_000);
    // Two years before the run, to the database's clock (a leap day may lie between).
    const yearsBack = (ranAt - Date.parse(run!.accessLogBefore!)) / (365 * 24 * 3600 * 1000);
    expect(yearsBack).toBeGreaterThan(1.99);
    expect(yearsBack).toBeLessThan(2.01);
    await expect(orm.em.fork().execute('delete from retention_run')).rejects.toThrow();

    // The record is append-only again, also for the tables' owner.
    await expect(orm.em.fork().execute('delete from access_log_record')).rejects.toThrow();
    await expect(orm.em.fork().execute('delete from consent_grant')).rejects.toThrow();

    // A second run finds nothing more, and is recorded as such.
    const again = await retention(args);
    expect(again.stdout).toMatch(/^access log: deleted 0 records \(0 decisions\)/m);
    const recordedAgain = (await runs()).data!.retentionRuns;
    expect(recordedAgain.totalCount).toBe(runsBefore + 2);
    expect(recordedAgain.nodes[0]).toMatchObject({ accessLogRecords: 0, endedConsents: 0 });
  });

  test('takes at most --at-most in one run, the oldest first, and says how many more are due', async () => {
    const ages = ['5 years', '4 years', '3 years'];
    await written(
      'access_log_record',
      ages.map((age) => insertDated('access_log_record.at', `now() - interval '${age}'`)),
    );
    const oldest = async () =>
      (
        await orm.em
          .fork()
          .execute<{ at: Date }[]>(
            "select at from access_log_record where at < now() - interval '2 years' order by at",
          )
      ).length;
    expect(await oldest()).toBe(3);
    const checked = await retention(['--check', '--at-most', '2', '--access-log', '2y']);
    expect(checked.stdout).toMatch(
      /^access log: would delete 2 records \(2 decisions\) made before .*; 1 more are due than one run takes \(--at-most\)$/m,
    );
    const first = await retention(['--at-most', '2', '--access-log', '2y']);
    expect(first.stdout).toMatch(
      /^access log: deleted 2 records .*; 1 more are due than one run takes \(--at-most\): run it again$/m,
    );
    const [{ at }] = await orm.em
      .fork()
      .execute<[{ at: Date }]>(
        "select at from access_log_record where at < now() - interval '2 years'",
      );
    // The oldest went first: what is left is the youngest of the three.
    expect(Date.now() - new Date(at).getTime()).toBeLessThan(3.5 * 365 * 24 * 3600 * 1000);
    const second = await retention(['--at-most', '2', '--access-log', '2y']);
    expect(second.stdout).toMatch(
      /^access log: deleted 1 records \(1 decisions\) made before [^;]*$/m,
    );
    expect(await oldest()).toBe(0);
  });

  test('takes the consents that ended first when it may not take all of them', async () => {
    // In id order the one that ended later would come first: ids chosen so, not left to chance.
    const endedFirst = await grantWith(
      "withdrawn_at = now() - interval '5 years', withdrawn_by = 'x'",
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
    const endedLater = await grantWith(
      "valid_from = now() - interval '6 years', valid_until = now() - interval '3 years', recorded_at = now() - interval '6 years'",
      '00000000-0000-4000-8000-000000000000',
    );
    const first = await retention(['--at-most', '1', '--ended-consents', '2y']);
    expect(first.stdout).toMatch(/^ended consents: deleted 1 consents .*; 1 more are due/m);
    expect((await held()).grants).not.toContain(endedFirst);
    expect((await held()).grants).toContain(endedLater);
    await retention(['--at-most', '1', '--ended-consents', '2y']);
    expect((await held()).grants).not.toContain(endedLater);
  });

  test('keeps an ended consent while the access log holds records from before it ended, which may name it', async () => {
    // A record of a release years ago (a consent that applied then may be its basis), made at noon
    // of the day Germany's clocks changed to summer time (at 2:00): in a session set to
    // Europe/Berlin, "a day before" that is 23 hours before.
    await written('access_log_record', [
      insertDated('access_log_record.at', "timestamptz '2022-03-27 12:00:00+02'"),
    ]);
    const connection = orm.em.fork().getConnection();
    const [{ database }] = await connection.execute<[{ database: string }]>(
      'select current_database() as database',
    );
    // The retention command's sessions (it connects anew) in the programme's time zone.
    await connection.execute(`alter database "${database}" set timezone to 'Europe/Berlin'`);
    const endedAfterIt = await grantWith(
      "withdrawn_at = now() - interval '3 years', withdrawn_by = 'x'",
    );
    const endedBeforeIt = await grantWith(
      "withdrawn_at = now() - interval '5 years', withdrawn_by = 'x'",
    );
    const consentsOnly = await retention(['--ended-consents', '2y']);
    expect(consentsOnly).toMatchObject({ code: 0, stderr: '' });
    expect(consentsOnly.stdout).toMatch(
      /^ended consents: deleted 1 consents withdrawn or expired before .*, with their 1 events$/m,
    );
    expect(consentsOnly.stdout).toMatch(
      /^ended consents: 1 more ended longer ago than the period but are kept: the access log holds records from before they ended, which may name them; they go once those records have been deleted \(--access-log\)$/m,
    );
    expect((await held()).grants).toContain(endedAfterIt);
    expect((await held()).grants).not.toContain(endedBeforeIt);
    // The run's cut-off is the one it applied: a day before the record.
    const [run] = (await runs()).data!.retentionRuns.nodes;
    // (The log's oldest record: earlier tests left none older.)
    const [{ at }] = await orm.em
      .fork()
      .execute<[{ at: Date }]>('select min(at) as at from access_log_record');
    expect(Date.parse(run!.endedConsentsBefore!)).toBe(new Date(at).getTime() - 24 * 3600 * 1000);
    await connection.execute(`alter database "${database}" reset timezone`);

    // With the log's old records deleted in the same run (checked first), the consent goes too.
    const both = ['--access-log', '2y', '--ended-consents', '2y'];
    const checked = await retention(['--check', ...both]);
    expect(checked.stdout).toMatch(/^ended consents: would delete 1 consents /m);
    expect(checked.stdout).not.toMatch(/are kept/);
    const done = await retention(both);
    expect(done.stdout).toMatch(/^access log: deleted [1-9]\d* records/m);
    expect(done.stdout).toMatch(/^ended consents: deleted 1 consents /m);
    expect((await held()).grants).not.toContain(endedAfterIt);
  });

  test("counts a period in the programme's calendar (Europe/Berlin), whatever the session's time zone", async () => {
    const connection = orm.em.fork().getConnection();
    // A period of days between now and an instant of the other offset of Berlin's (summer time or
    // not), one not near a change of the clocks: a day is 24 hours only where no change lies
    // between, and so "N days" is N times 24 hours in UTC, not in Berlin.
    const berlinOffset = (instant: string) =>
      `((${instant}) at time zone 'Europe/Berlin') - ((${instant}) at time zone 'UTC')`;
    const back = (days: string) => `now() - (${days}) * interval '24 hours'`;
    const [{ days }] = await connection.execute<[{ days: number }]>(
      `select min(n)::int as days from generate_series(365, 730) as n
        where ${berlinOffset(back('n'))} <> ${berlinOffset('now()')}
          and ${berlinOffset(back('n - 1'))} = ${berlinOffset(back('n'))}
          and ${berlinOffset(back('n + 1'))} = ${berlinOffset(back('n'))}`,
    );
    const clock = async () =>
      (
        await connection.execute<[{ at: string }]>(
          "select to_json(date_trunc('milliseconds', clock_timestamp()))#>>'{}' as at",
        )
      )[0].at;
    for (const zone of ['UTC', 'Europe/Berlin', 'Pacific/Kiritimati']) {
      const started = await clock();
      const checked = await retention(['--check', '--access-log', `${days}d`], {
        PGOPTIONS: `-c TimeZone=${zone}`,
      });
      const ended = await clock();
      expect(checked).toMatchObject({ code: 0, stderr: '' });
      const before = /^access log: would delete .* made before (\S+?)(;|$)/m.exec(
        checked.stdout,
      )?.[1];
      // The cut-off is the run's instant less the days on Berlin's clock, its time of day kept.
      const [{ kept }] = await connection.execute<[{ kept: boolean }]>(
        `select (?::timestamptz at time zone 'Europe/Berlin') + ? * interval '1 day'
                  between (?::timestamptz at time zone 'Europe/Berlin')
                      and (?::timestamptz at time zone 'Europe/Berlin') as kept`,
        [before, days, started, ended],
      );
      expect({ zone, days, before, kept }).toEqual({ zone, days, before, kept: true });
    }
  });

  test('the registry records consents afterwards as before', async () => {
    const { mutation, variables } = recordConsentsOperation([randomUUID()], {
      agencyId: 'welfare-dortmund-nord',
      categories: ['HOUSING_SITUATION'],
      purposes: ['EVICTION_PREVENTION'],
      referencePrefix: 'RETENTION-TEST',
    });
    const response = await registry.query(mutation, variables, {
      roles: ['caseworker'],
      purpose: 'EVICTION_PREVENTION',
    });
    expect(response.errors).toBeUndefined();
  });

  test('the retention runs are for data-protection officers only', async () => {
    const refused = await runs({ ...OFFICER, roles: ['caseworker'], purpose: 'CASE_COORDINATION' });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('as the registry’s own role it deletes nothing, and says which role may', async () => {
    await written('access_log_record', [
      insertDated('access_log_record.at', "now() - interval '3 years'"),
    ]);
    const before = await held();
    const refused = await retention(['--access-log', '2y'], { MIGRATION_DATABASE_URL: undefined });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /may not delete from the registry's record: nothing was changed; run this as the role that owns the registry's tables/,
    );
    expect(await held()).toEqual(before);
  });

  test('waits a while for a lock held elsewhere on the record, then says so', async () => {
    const before = await held();
    let refused!: Awaited<ReturnType<typeof retention>>;
    await orm.em.fork().transactional(async (tx) => {
      await tx.execute('lock table access_log_record in share mode');
      refused = await retention(['--access-log', '2y']);
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /the registry's record stayed locked for 10 s .*: nothing was changed; run it again/,
    );
    expect(await held()).toEqual(before);
  }, 30_000);

  test('a withdrawal in flight is waited for, and both go through', async () => {
    const grant = await grantWith(null);
    // Ended before every record the access log still holds (the oldest are 3 years old).
    const ended = await grantWith("withdrawn_at = now() - interval '6 years', withdrawn_by = 'x'");
    // The registry's withdrawal, as its own role: the grant written, its event still to come.
    const url = new URL(operated.serviceRole.url);
    url.pathname = new URL(registry.databaseUrl).pathname;
    const asRegistry = await openOrm({
      entities: consent.entities,
      migrations: consent.migrations,
      migrationsPath: consent.migrationsPath,
      clientUrl: url.toString(),
    });
    try {
      const withdrawal = await asRegistry.em.getConnection().getKnex().transaction();
      await withdrawal.raw(
        `update consent_grant set withdrawn_at = clock_timestamp(), withdrawn_by = 'w' where id = ?`,
        [grant],
      );
      const running = retention(['--ended-consents', '2y']);
      // Until the command waits for the lock the withdrawal holds.
      const waiting = async () =>
        (
          await orm.em.fork().execute<{ n: string }[]>(
            `select count(*) as n from pg_locks join pg_stat_activity using (pid)
                where not granted and datname = current_database() and relation = 'consent_grant'::regclass`,
          )
        )[0]!.n !== '0';
      while (!(await waiting())) await new Promise((resolve) => setTimeout(resolve, 50));
      await withdrawal.raw(
        `insert into consent_event (id, grant_id, kind, at, actor, agency_id)
           values (?, ?, 'WITHDRAWN', clock_timestamp(), 'w', 'housing-dortmund')`,
        [randomUUID(), grant],
      );
      await withdrawal.commit();
      const done = await running;
      expect(done).toMatchObject({ code: 0, stderr: '' });
      expect(done.stdout).toMatch(/^ended consents: deleted 1 consents .*, with their 1 events$/m);
    } finally {
      await asRegistry.close();
    }
    const after = await held();
    expect(after.grants).toContain(grant);
    expect(after.grants).not.toContain(ended);
  }, 30_000);

  test('a withdrawal waiting for a consent a run deletes is told NOT_FOUND, as for an unknown id', async () => {
    const ended = await grantWith(
      "recorded_at = now() - interval '4 years', valid_from = now() - interval '4 years', valid_until = now() - interval '3 years'",
    );
    let withdrawal!: ReturnType<typeof registry.query>;
    // The run's deletion, not yet committed while the withdrawal waits for the row's lock.
    await withTriggersOff(orm.em, ['consent_grant', 'consent_event'], async (tx) => {
      await tx.execute(`delete from consent_event where grant_id = '${ended}'`);
      await tx.execute(`delete from consent_grant where id = '${ended}'`);
      withdrawal = registry.query(
        `mutation ($id: ID!) { withdrawConsent(id: $id) { id } }`,
        { id: ended },
        { purpose: 'EVICTION_PREVENTION' },
      );
      const waiting = async () =>
        (
          await orm.em.fork().execute<
            { n: string }[]
          >(`select count(*) as n from pg_locks join pg_stat_activity using (pid)
                where not granted and datname = current_database()`)
        )[0]!.n !== '0';
      while (!(await waiting())) await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const answer = await withdrawal;
    expect(answer.errors?.[0]).toMatchObject({
      message: `no consent ${ended}`,
      extensions: { code: 'NOT_FOUND' },
    });
  }, 30_000);

  test('--help shows the usage; no period, a short one or a stray argument is refused', async () => {
    expect((await retention(['--help'])).stdout).toMatch(/^usage: pnpm -s retention/);
    for (const args of [[], ['--check'], ['--access-log', '30d'], ['--access-log', '2y', 'x']]) {
      const refused = await retention(args);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/usage: pnpm -s retention|at least a year/);
    }
  });
});
