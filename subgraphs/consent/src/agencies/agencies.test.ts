/**
 * `pnpm -s agencies`: registering the agencies taking part, run as an operator runs it (the
 * command in a process of its own, with the registry's database settings), against a registry
 * that runs as a role of its own; what it registered is read back through the registry's API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@wohnnetz/service-kit';
import {
  createServiceRole,
  recordConsentsOperation,
  startOperatedRegistry,
  type OperatedRegistry,
  withScratchDatabase,
  type TestServiceRole,
  type TestSubgraph,
} from '@wohnnetz/testing';
import { AgencySchema, type Agency } from '../entities/agency.entity';
import { ConsentGrantSchema } from '../entities/consent-grant.entity';
import { consent } from '../subgraph';
import { parseAgencyFile } from './agency-file';
import { AgencyFileError } from './agency-file-error';

const CLI = join(__dirname, 'agencies-cli.ts');

/** Fictional agencies, in the programme's municipalities. */
const BEISPIELHILFE: Agency = {
  id: 'welfare-dortmund-beispielhilfe',
  kind: 'WELFARE_PROVIDER',
  municipality: 'DORTMUND',
  name: 'Beispielhilfe Dortmund e. V.',
};
const LERNWERK: Agency = {
  id: 'training-hagen-lernwerk',
  kind: 'TRAINING_PROVIDER',
  municipality: 'HAGEN',
  name: 'Lernwerk Hagen gGmbH',
};

let operated: OperatedRegistry;
let registry: TestSubgraph;
let orm: OperatedRegistry['orm'];
let serviceRole: TestServiceRole;
let directory: string;

beforeAll(async () => {
  operated = await startOperatedRegistry(1);
  ({ registry, orm, serviceRole } = operated);
  directory = mkdtempSync(join(tmpdir(), 'wn-agencies-'));
}, 120_000);

afterAll(async () => {
  await operated?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

/** Writes a file of agencies and returns its path. */
function agencyFile(content: unknown): string {
  const path = join(directory, `${randomUUID()}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Runs `pnpm -s agencies` as the registry's deployment would (startOperatedRegistry). */
const agencies = (args: string[], environment: Record<string, string | undefined> = {}) =>
  operated.run(CLI, args, environment);

/**
 * A case worker's recordConsent naming `recipientAgencyId`, for a household of its own: of
 * housing-dortmund unless `caller` says otherwise.
 */
async function recordConsentNaming(
  recipientAgencyId: string,
  reference: string,
  { validFrom, caller = {} }: { validFrom?: string; caller?: Partial<Caller> } = {},
) {
  const { mutation, variables } = recordConsentsOperation([randomUUID()], {
    agencyId: recipientAgencyId,
    categories: ['HOUSING_SITUATION'],
    purposes: ['EVICTION_PREVENTION'],
    validFrom,
    referencePrefix: reference,
  });
  return registry.query<{ c0: { id: string } | null }>(mutation, variables, {
    roles: ['caseworker'],
    purpose: 'EVICTION_PREVENTION',
    ...caller,
  });
}

const registered = async (): Promise<Agency[]> =>
  (await orm.em.fork().find(AgencySchema, {}, { orderBy: { id: 'asc' } })).map(
    ({ id, kind, municipality, name }) => ({ id, kind, municipality, name }),
  );

/**
 * Sends `request` while another transaction holds what it will wait for (`hold`), and lets agency
 * `id` leave the programme today (Europe/Berlin) once the request waits, before that transaction
 * ends: the request finds the agency taking part when it starts and gone once it holds the lock.
 */
async function leavingWhileWaiting<T>(
  id: string,
  hold: (tx: EntityManager) => Promise<unknown>,
  request: () => Promise<T>,
): Promise<T> {
  let sent: Promise<T> | undefined;
  await orm.em.fork().transactional(async (tx) => {
    await hold(tx);
    sent = request();
    // Until the request waits for a lock on this database (the one held), so that the agency
    // leaves after the request's first check, whatever the load.
    const connection = orm.em.fork().getConnection();
    for (let waited = 0; ; waited += 20) {
      const waiting = await connection.execute<{ count: string }[]>(
        `select count(*) from pg_locks join pg_stat_activity using (pid)
          where not granted and datname = current_database()`,
      );
      if (Number(waiting[0]!.count) > 0) break;
      if (waited > 10_000) throw new Error('the request never waited for the lock');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await orm.em
      .fork()
      .getConnection()
      .execute(
        "update agency set left_on = (now() at time zone 'Europe/Berlin')::date where id = ?",
        [id],
      );
  });
  return sent!;
}

async function agencyThroughApi(id: string): Promise<unknown> {
  const response = await registry.query(
    'query ($id: ID!) { agency(id: $id) { id kind municipality name } }',
    { id },
  );
  expect(response.errors).toBeUndefined();
  return (response.data as { agency: unknown }).agency;
}

describe('the agency file', () => {
  test('names every problem of every entry at once', () => {
    let refused: unknown;
    try {
      parseAgencyFile(
        {
          agencies: [
            { ...BEISPIELHILFE, kind: 'BANK' },
            { ...LERNWERK, municipality: 'BOCHUM', name: '  ' },
            { ...LERNWERK, id: ' training-hagen-lernwerk' },
            { ...BEISPIELHILFE, id: 'x'.repeat(65), name: 'Beispiel\u0007' },
            { ...BEISPIELHILFE, name: 'n'.repeat(201) },
          ],
        },
        'agencies.json',
      );
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AgencyFileError);
    expect((refused as AgencyFileError).problems).toEqual([
      expect.stringMatching(
        /^agencies\[0\] \("welfare-dortmund-beispielhilfe"\): kind "BANK" is not one of the consent policy's: HOUSING_OFFICE, /,
      ),
      `agencies[1] ("training-hagen-lernwerk"): municipality "BOCHUM" is not one of the registry's: DORTMUND, HAGEN, KREIS_RECKLINGHAUSEN`,
      'agencies[1] ("training-hagen-lernwerk"): name must not be blank',
      expect.stringMatching(/^agencies\[2\] \(" training-hagen-lernwerk"\): id must be 1 to 64/),
      expect.stringMatching(/^agencies\[3\] \("x{64}"\): id must be 1 to 64 characters/),
      expect.stringMatching(/^agencies\[3\] .*: name must not contain control characters/),
      expect.stringMatching(/^agencies\[4\] .*: name must be at most 200 characters/),
      'agencies[4] ("welfare-dortmund-beispielhilfe"): id is listed twice',
    ]);
  });

  test.each<[unknown, string]>([
    [[], 'the file: '],
    [{ agencies: [] }, 'agencies: the list is empty'],
    [{ agencies: [{ ...LERNWERK, email: 'x' }] }, 'agencies.0: Unrecognized key: "email"'],
    [{ agencies: [{ id: 'a', kind: 'JOBCENTER', name: 'A' }] }, 'agencies.0.municipality: '],
    [{ agencies: [{ ...LERNWERK, leftOn: 20261231 }] }, 'agencies.0.leftOn: '],
    ...[
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-12-32',
      '31.12.2026',
      '2026-12-31T00:00:00Z',
      '0999-01-01',
    ].map((leftOn): [unknown, string] => [
      { agencies: [{ ...LERNWERK, leftOn }] },
      `agencies[0] ("training-hagen-lernwerk"): leftOn "${leftOn}" is not a day written YYYY-MM-DD`,
    ]),
  ])('refuses %j', (document, problem) => {
    expect(() => parseAgencyFile(document, 'agencies.json')).toThrow(problem);
  });

  test.each(['unknown', 'Unknown', 'unknown\u200b'])(
    'refuses the id %j: the records name no agency so where theirs is not known',
    (id) => {
      expect(() => parseAgencyFile({ agencies: [{ ...LERNWERK, id }] }, 'f')).toThrow(
        /agencies\[0\] .*: id ".*" is reserved for records whose agency is not known/,
      );
    },
  );

  test.each([
    ['half of a surrogate pair (stored as a replacement character, another id)', 'welfare-\ud800'],
    ['nothing but invisible characters', '\u200b\u2060'],
  ])('refuses an id of %s', (_what, id) => {
    expect(() => parseAgencyFile({ agencies: [{ ...LERNWERK, id }] }, 'f')).toThrow(
      /agencies\[0\] .*: id must be 1 to 64 characters of well-formed text, not only invisible ones/,
    );
  });

  test('takes a name without the white space around it', () => {
    expect(
      parseAgencyFile({ agencies: [{ ...LERNWERK, name: `  ${LERNWERK.name} ` }] }, 'f'),
    ).toEqual([{ ...LERNWERK, leftOn: null }]);
  });
});

describe('pnpm -s agencies', () => {
  test('adds the new agencies, keeps the others, and the registry answers and names them', async () => {
    const before = await registered();
    const file = agencyFile({ agencies: [BEISPIELHILFE, LERNWERK] });

    const checked = await agencies(['--check', file]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain(`would add ${BEISPIELHILFE.id} (WELFARE_PROVIDER, DORTMUND,`);
    expect(checked.stdout).toContain('2 added, 0 updated, 0 unchanged (checked only');
    expect(await registered()).toEqual(before);

    const done = await agencies([file]);
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout.split('\n')).toEqual([
      `added ${BEISPIELHILFE.id} (WELFARE_PROVIDER, DORTMUND, Beispielhilfe Dortmund e. V.)`,
      `added ${LERNWERK.id} (TRAINING_PROVIDER, HAGEN, Lernwerk Hagen gGmbH)`,
      '2 added, 0 updated, 0 unchanged',
      `${before.length} registered agencies the file does not list are kept (agencies are never removed): ${before.map((agency) => agency.id).join(', ')}`,
      '',
    ]);
    expect(await agencyThroughApi(LERNWERK.id)).toEqual(LERNWERK);

    // A consent may now name it.
    const recorded = await recordConsentNaming(BEISPIELHILFE.id, 'AG-TEST');
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.c0).not.toBeNull();

    const again = await agencies([file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^0 added, 0 updated, 2 unchanged$/m);
  });

  test('an agency that left the programme can no longer be named in a consent, from that day on', async () => {
    const leaving = { ...BEISPIELHILFE, id: 'welfare-leaving', leftOn: '2099-12-31' };
    const gone = { ...BEISPIELHILFE, id: 'welfare-gone', leftOn: '2026-01-31' };
    const added = await agencies([agencyFile({ agencies: [leaving, gone] })]);
    expect(added.stdout).toContain(
      'added welfare-gone (WELFARE_PROVIDER, DORTMUND, Beispielhilfe Dortmund e. V., left on 2026-01-31)',
    );
    const recordNaming = (id: string) => recordConsentNaming(id, 'AG-LEFT');
    expect((await recordNaming(leaving.id)).errors).toBeUndefined();
    // Nor may a consent name it that would apply only from the day it leaves.
    const late = await recordConsentNaming(leaving.id, 'AG-LATE', {
      validFrom: '2099-12-31T12:00:00+01:00',
    });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'validFrom',
    });
    expect(late.errors?.[0]?.message).toBe(
      'validFrom: agency welfare-leaving leaves the programme on 2099-12-31, before the consent would apply (2099-12-31)',
    );
    const refused = await recordNaming(gone.id);
    expect(refused.data).toEqual({ c0: null });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'recipientAgencyId',
    });
    expect(refused.errors?.[0]?.message).toBe(
      'recipientAgencyId: agency welfare-gone left the programme on 2026-01-31; a consent can no longer name it',
    );
    const shown = await registry.query<{ agency: { leftOn: string | null } }>(
      'query { agency(id: "welfare-gone") { leftOn } }',
    );
    expect(shown.data!.agency).toEqual({ leftOn: '2026-01-31' });

    // Rejoining is leaving the day out again.
    const back = await agencies([agencyFile({ agencies: [{ ...gone, leftOn: null }] })]);
    expect(back.stdout).toContain(
      'updated welfare-gone: DORTMUND, Beispielhilfe Dortmund e. V., left on 2026-01-31 → DORTMUND, Beispielhilfe Dortmund e. V.',
    );
    expect((await recordNaming(gone.id)).errors).toBeUndefined();
  });

  test('an agency that leaves while a recording naming it waits for the recording lock is refused: checked again on the recording instant', async () => {
    const id = 'welfare-leaving-meanwhile';
    expect((await agencies([agencyFile({ agencies: [{ ...BEISPIELHILFE, id }] })])).code).toBe(0);
    const householdId = randomUUID();
    const { mutation, variables } = recordConsentsOperation([householdId], {
      agencyId: id,
      categories: ['HOUSING_SITUATION'],
      purposes: ['EVICTION_PREVENTION'],
      referencePrefix: 'AG-MEANWHILE',
    });
    // Another recording of the household by the caller's agency holds the lock meanwhile.
    const refused = await leavingWhileWaiting(
      id,
      (tx) =>
        tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
          `consent-recording:${householdId}:housing-dortmund`,
        ]),
      () =>
        registry.query<{ c0: { id: string } | null }>(mutation, variables, {
          roles: ['caseworker'],
          purpose: 'EVICTION_PREVENTION',
        }),
    );
    expect(refused.data).toEqual({ c0: null });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'recipientAgencyId',
    });
  });

  test('a recording agency that leaves while its recording waits for the recording lock is refused: checked again on the recording instant', async () => {
    const id = 'welfare-recorder-leaving-meanwhile';
    expect((await agencies([agencyFile({ agencies: [{ ...BEISPIELHILFE, id }] })])).code).toBe(0);
    const householdId = randomUUID();
    const { mutation, variables } = recordConsentsOperation([householdId], {
      agencyId: 'welfare-dortmund-nord',
      categories: ['HOUSING_SITUATION'],
      purposes: ['EVICTION_PREVENTION'],
      referencePrefix: 'AG-RECORDER-MEANWHILE',
    });
    // Another recording of the household by the same agency holds the lock meanwhile.
    const refused = await leavingWhileWaiting(
      id,
      (tx) =>
        tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
          `consent-recording:${householdId}:${id}`,
        ]),
      () =>
        registry.query<{ c0: { id: string } | null }>(mutation, variables, {
          actor: `caseworker@${id}`,
          agencyId: id,
          agencyKind: 'WELFARE_PROVIDER',
          roles: ['caseworker'],
          purpose: 'EVICTION_PREVENTION',
        }),
    );
    expect(refused.data).toEqual({ c0: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(
      new RegExp(
        `^your agency ${id} left the programme on \\d{4}-\\d{2}-\\d{2}: it records no more consents$`,
      ),
    );
    expect(await orm.em.fork().count(ConsentGrantSchema, { householdId })).toBe(0);
  });

  test('an agency that leaves while its withdrawal of another agency’s consent waits for the consent is refused: checked again once it holds it', async () => {
    const id = 'welfare-withdrawer-leaving-meanwhile';
    expect((await agencies([agencyFile({ agencies: [{ ...BEISPIELHILFE, id }] })])).code).toBe(0);
    // Recorded by housing-dortmund, naming the agency.
    const recorded = await recordConsentNaming(id, 'AG-WITHDRAWER-MEANWHILE');
    expect(recorded.errors).toBeUndefined();
    const grantId = recorded.data!.c0!.id;
    // Another transaction holds the consent's row meanwhile.
    const refused = await leavingWhileWaiting(
      id,
      (tx) => tx.execute('select id from consent_grant where id = ? for update', [grantId]),
      () =>
        registry.query(
          'mutation ($id: ID!) { withdrawConsent(id: $id) { id documentReference } }',
          { id: grantId },
          {
            actor: `caseworker@${id}`,
            agencyId: id,
            agencyKind: 'WELFARE_PROVIDER',
            roles: ['caseworker'],
            purpose: 'EVICTION_PREVENTION',
          },
        ),
    );
    expect(refused.data).toEqual({ withdrawConsent: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(
      new RegExp(
        `^agency ${id} left the programme on .*: it may withdraw only the consents it recorded itself`,
      ),
    );
    const grant = await orm.em.fork().findOneOrFail(ConsentGrantSchema, { id: grantId });
    expect(grant.withdrawnAt).toBeNull();
  });

  test('only a registered agency of its tokens’ kind that still takes part records consents', async () => {
    const retired = { ...BEISPIELHILFE, id: 'welfare-retired', leftOn: '2026-01-31' };
    expect((await agencies([agencyFile({ agencies: [retired] })])).code).toBe(0);
    const recordAs = async (agencyId: string, agencyKind: string) => {
      const response = await recordConsentNaming('welfare-dortmund-nord', 'AG-RECORDER', {
        caller: { actor: `caseworker@${agencyId}`, agencyId, agencyKind },
      });
      expect(response.data).toEqual({ c0: null });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      return response.errors![0]!.message;
    };
    expect(await recordAs('jobcenter-nowhere', 'JOBCENTER')).toMatch(
      /^your agency jobcenter-nowhere is not registered in the consent registry/,
    );
    expect(await recordAs('housing-dortmund', 'JOBCENTER')).toBe(
      "your token names your agency housing-dortmund a JOBCENTER, the consent registry a HOUSING_OFFICE: nothing was recorded; the programme's operator must make them agree",
    );
    expect(await recordAs(retired.id, 'WELFARE_PROVIDER')).toBe(
      'your agency welfare-retired left the programme on 2026-01-31: it records no more consents',
    );
  });

  test('corrects a name and a municipality; a kind change refuses the whole file', async () => {
    const renamed = { ...LERNWERK, id: 'training-renamed', name: 'Lernwerk (alt)' };
    expect((await agencies([agencyFile({ agencies: [renamed] })])).code).toBe(0);
    const corrected = { ...renamed, municipality: 'DORTMUND', name: 'Lernwerk Dortmund gGmbH' };
    const done = await agencies([agencyFile({ agencies: [corrected] })]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(
      'updated training-renamed: HAGEN, Lernwerk (alt) → DORTMUND, Lernwerk Dortmund gGmbH',
    );
    expect(await agencyThroughApi(renamed.id)).toEqual(corrected);

    const before = await registered();
    const newcomer = { ...BEISPIELHILFE, id: 'welfare-newcomer' };
    const refused = await agencies([
      agencyFile({ agencies: [newcomer, { ...corrected, kind: 'WELFARE_PROVIDER' }] }),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      'training-renamed is registered as TRAINING_PROVIDER, not WELFARE_PROVIDER',
    );
    expect(refused.stderr).toContain('nothing was changed');
    expect(await registered()).toEqual(before);
  });

  test('refuses a new id that differs from another only in case, normalisation or invisible characters', async () => {
    const before = await registered();
    const registeredId = before[0]!.id;
    const refused = await agencies([
      agencyFile({
        agencies: [
          { ...LERNWERK, id: 'training-new-one' },
          { ...LERNWERK, id: registeredId.toUpperCase() },
          { ...LERNWERK, id: `${registeredId}\u200b` },
          { ...LERNWERK, id: 'wohnhilfe-m\u00fcnster' },
          { ...LERNWERK, id: 'wohnhilfe-mu\u0308nster' },
        ],
      }),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n').slice(1, -1)).toEqual([
      `  - "${registeredId.toUpperCase()}" differs from the registered "${registeredId}" only in case, Unicode normalisation or invisible characters: tokens would carry only one of them; list the id as the identity provider spells it`,
      expect.stringContaining(
        `  - "${registeredId}\\u200b" differs from the registered "${registeredId}" only in`,
      ),
      expect.stringContaining(
        '  - "wohnhilfe-mu\\u0308nster" differs from the listed "wohnhilfe-m\\u00fcnster" only in',
      ),
    ]);
    expect(await registered()).toEqual(before);
  });

  test('as a role that may not even connect to the registry’s database, says so', async () => {
    const stranger = await createServiceRole();
    try {
      const refused = await agencies([agencyFile({ agencies: [LERNWERK] })], {
        DATABASE_URL: stranger.url,
        MIGRATION_DATABASE_URL: undefined,
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^the role of postgres:\/\/wn_test_service_\w+:\*\*\*@.* may not connect to wn_test_\w+: nothing was changed; run this as the role that owns the registry's tables/,
      );
    } finally {
      await stranger.drop();
    }
  });

  test('waits a while for a lock held elsewhere on the agencies, then says so', async () => {
    const before = await registered();
    const file = agencyFile({ agencies: [{ ...LERNWERK, id: 'training-while-locked' }] });
    let refused!: Awaited<ReturnType<typeof agencies>>;
    await orm.em.fork().transactional(async (tx) => {
      await tx.execute('lock table agency in share mode');
      refused = await agencies([file]);
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /the registry's agencies stayed locked for 10 s .*: nothing was changed; run it again/,
    );
    expect(await registered()).toEqual(before);
  }, 30_000);

  test('as the registry’s own role it changes nothing, and says which role may', async () => {
    const before = await registered();
    const refused = await agencies(
      [agencyFile({ agencies: [{ ...LERNWERK, id: 'training-by-service-role' }] })],
      { MIGRATION_DATABASE_URL: undefined },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /may not change the registry's agencies: nothing was changed; run this as the role that owns the registry's tables \(MIGRATION_DATABASE_URL\)/,
    );
    expect(refused.stderr).not.toContain(new URL(serviceRole.url).password);
    expect(await registered()).toEqual(before);
  });

  test('refuses a database of another version, or none, and a file that is not JSON', async () => {
    await withScratchDatabase(consent, async (scratch) => {
      const name = new URL(scratch.config.get('clientUrl')!).pathname.slice(1);
      const file = agencyFile({ agencies: [LERNWERK] });
      const tables = async () =>
        (
          await scratch.em
            .getConnection()
            .execute<{ tablename: string }[]>(
              "select tablename from pg_tables where schemaname = 'public' order by tablename",
            )
        ).map((row) => row.tablename);

      // Nothing in it (a database of something else, or one the registry never started on):
      // refused, and left as it was, also by --check.
      for (const args of [['--check', file], [file]]) {
        const empty = await agencies(args, { DATABASE_NAME: name });
        expect(empty.code).toBe(1);
        expect(empty.stderr).toContain(
          `database ${name} is not the consent registry's (DATABASE_NAME, default wohnnetz_consent): nothing was changed; it holds no migrations`,
        );
      }
      expect(await tables()).toEqual([]);

      // Another service's migrations: not the registry's (starting the registry on it would
      // migrate the registry's tables into it).
      await scratch.em
        .getConnection()
        .execute(
          "create table mikro_orm_migrations (id serial primary key, name varchar(255), executed_at timestamptz default now()); insert into mikro_orm_migrations (name) values ('Migration20260101000000')",
        );
      const foreign = await agencies([file], { DATABASE_NAME: name });
      expect(foreign.stderr).toContain(
        `database ${name} is not the consent registry's (DATABASE_NAME, default wohnnetz_consent): nothing was changed; it holds none of the registry's migrations`,
      );

      // The registry's of an earlier version.
      await scratch.getMigrator().up({ to: consent.migrations[0]!.name });
      const refused = await agencies([file], { DATABASE_NAME: name });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /the registry's database lacks \d+ migration\(s\) of this version .*: start the registry of this version once/,
      );

      // The registry's of a later version (this command from an image the deployment has moved
      // on from, say a scheduled job's): its rules are not this version's, so nothing is done.
      await scratch.getMigrator().up();
      await scratch.em
        .getConnection()
        .execute("delete from mikro_orm_migrations where name = 'Migration20260101000000'");
      await scratch.em
        .getConnection()
        .execute("insert into mikro_orm_migrations (name) values ('Migration29991231000000')");
      const later = await agencies([file], { DATABASE_NAME: name });
      expect(later.code).toBe(1);
      expect(later.stderr).toContain(
        "the registry's database holds 1 migration(s) this version lacks (Migration29991231000000): it was migrated by a later version of the hub; run that version's command: nothing was changed",
      );
      const agenciesIn = await scratch.em.getConnection().execute('select id from agency');
      expect(agenciesIn).toEqual([]);
    });
    const missing = await agencies([agencyFile({ agencies: [LERNWERK] })], {
      DATABASE_NAME: 'wn_test_no_such_registry',
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/has no database wn_test_no_such_registry: start the registry/);

    const broken = await agencies([agencyFile('{ "agencies": [')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/the agency file \(.*\) is not valid JSON/);
  });

  test('refuses a file that names a key twice in one object: JSON would keep only the last', async () => {
    const before = await registered();
    const first = JSON.stringify([{ ...LERNWERK, id: 'training-first-list' }]);
    const second = JSON.stringify([{ ...LERNWERK, id: 'training-second-list' }]);
    const twoLists = await agencies([
      agencyFile(`{\n"agencies": ${first},\n"agencies": ${second}\n}`),
    ]);
    expect(twoLists.code).toBe(1);
    expect(twoLists.stderr).toMatch(
      /the agency file \(.*\) names "agencies" twice in the top-level object \(line 3\): JSON keeps only the last, so the file is refused/,
    );
    const twoIds = await agencies([
      agencyFile(
        `{ "agencies": [${JSON.stringify(BEISPIELHILFE)}, ${JSON.stringify(LERNWERK).replace('{', '{"id": "training-shadowed", ')}] }`,
      ),
    ]);
    expect(twoIds.code).toBe(1);
    expect(twoIds.stderr).toMatch(/names "id" twice in agencies\[1\] \(line 1\)/);
    expect(await registered()).toEqual(before);
  });

  test('reads a path from where pnpm was run, a file with a byte-order mark, and a long refusal whole', async () => {
    const file = agencyFile(
      `\ufeff${JSON.stringify({ agencies: [{ ...LERNWERK, id: 'training-relative-path' }] })}`,
    );
    // pnpm runs the command in the repository's root and says in INIT_CWD where it was run.
    const relative = await agencies(['--check', basename(file)], { INIT_CWD: directory });
    expect(relative).toMatchObject({ code: 0, stderr: '' });
    expect(relative.stdout).toContain('would add training-relative-path (TRAINING_PROVIDER');

    // Far more than a pipe holds at once: the last problem arrives too.
    const wrong = Array.from({ length: 20_000 }, (_, index) => ({
      ...LERNWERK,
      id: `training-${index}`,
      municipality: 'BOCHUM',
    }));
    const refused = await agencies(['--check', agencyFile({ agencies: wrong })]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^ {2}- agencies\[19999\] \("training-19999"\): municipality "BOCHUM"/,
    );
  });

  test('--help shows the usage; no file or an unknown option is refused with it', async () => {
    const help = await agencies(['--help']);
    expect(help.stdout).toMatch(/^usage: pnpm -s agencies/);
    // Every key of an entry, the day an agency left too.
    for (const key of ['id', 'kind', 'municipality', 'name', 'leftOn']) {
      expect(help.stdout).toContain(`"${key}": "`);
    }
    for (const args of [[], ['--force', 'x.json'], ['a.json', 'b.json']]) {
      const refused = await agencies(args);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/usage: pnpm -s agencies/);
    }
  });
});
