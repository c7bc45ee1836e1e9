import { DriverException, ValidationError } from '@mikro-orm/core';
import { EntitySchema, type MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { describeForLog } from './error-log';
import { openOrm } from './orm';

/** A value of the kind that must never reach a log, with what quoting would need escaped. */
const NAME = 'Erika "Grantor" O\'Brien - Mustermann';

interface Grantor {
  id: number;
  name: string | null;
}

/** Its table is a temporary one, made in each test's transaction. */
const GrantorSchema = new EntitySchema<Grantor>({
  name: 'Grantor',
  tableName: 'grantor',
  properties: { id: { type: 'integer', primary: true }, name: { type: 'text', nullable: true } },
});

const CREATE_GRANTOR = 'create temp table grantor (id int primary key, name text not null)';

let orm: MikroORM;

beforeAll(async () => {
  const url = process.env.WOHNNETZ_TEST_DATABASE_URL;
  if (!url) throw new Error('WOHNNETZ_TEST_DATABASE_URL is not set: run the tests through jest');
  // A service's ORM, as it runs, on the test server's own database: only temporary tables.
  orm = await openOrm({
    clientUrl: url,
    entities: [GrantorSchema],
    migrations: [],
    migrationsPath: __dirname,
  });
});

afterAll(async () => {
  await orm?.close();
});

/** The error MikroORM throws for `run` in a transaction (its temporary tables go with it). */
async function failing(run: (em: MikroORM['em']) => Promise<unknown>): Promise<unknown> {
  const failed = await orm.em
    .fork()
    .transactional(run)
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  expect(failed).toBeInstanceOf(DriverException);
  return failed;
}

describe('describeForLog', () => {
  test('a constraint violation: class, SQLSTATE, table, constraint and message; no statement, value or detail', async () => {
    const error = await failing(async (em) => {
      await em.execute(CREATE_GRANTOR);
      em.create(GrantorSchema, { id: 1, name: NAME });
      await em.flush();
      em.clear();
      em.create(GrantorSchema, { id: 1, name: NAME });
      await em.flush();
    });
    // What MikroORM's message holds, and the log must not.
    expect((error as Error).message).toContain(NAME.replace(/'/g, "''"));
    expect((error as { detail?: string }).detail).toContain('(id)=(1)');
    const described = describeForLog(error, { stack: true });
    expect(described.split('\n')[0]).toBe(
      'UniqueConstraintViolationException (SQLSTATE 23505, table grantor, constraint grantor_pkey): duplicate key value violates unique constraint "grantor_pkey"',
    );
    expect(described).toMatch(/\n\s+at /);
    for (const part of ['Erika', 'Mustermann', 'insert', '(id)=(1)', 'detail']) {
      expect(described).not.toContain(part);
    }
  });

  test('a not-null violation: the names PostgreSQL quotes stay', async () => {
    const error = await failing(async (em) => {
      await em.execute(CREATE_GRANTOR);
      await em.execute('insert into grantor values (?, ?)', [2, null]);
    });
    expect(describeForLog(error)).toBe(
      'NotNullConstraintViolationException (SQLSTATE 23502, table grantor, column name): null value in column "name" of relation "grantor" violates not-null constraint',
    );
  });

  test('a statement cancelled by its time limit: the SQLSTATE, not the values it was run with', async () => {
    const error = await failing(async (em) => {
      await em.execute("set local statement_timeout = '50ms'");
      await em.execute('select pg_sleep(1), ?::text', [NAME]);
    });
    expect(describeForLog(error)).toBe(
      'DriverException (SQLSTATE 57014): canceling statement due to statement timeout',
    );
  });

  test('a value the server quotes in its message is left out', async () => {
    const error = await failing((em) => em.execute('select ?::uuid', [NAME]));
    expect((error as Error).message).toContain('Erika');
    expect(describeForLog(error)).toBe(
      'DriverException (SQLSTATE 22P02): invalid input syntax for type uuid: "…"',
    );
  });

  test('a statement sent through knex with bindings (the registry does): neither they nor the statement', async () => {
    const error = await orm.em
      .fork()
      .getKnex()
      .raw('select ?::text, ?::int', [NAME, 'Mustermann'])
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect((error as Error).message).toContain('select $1::text');
    const described = describeForLog(error);
    expect(described).toBe(
      'DatabaseError (SQLSTATE 22P02): invalid input syntax for type integer: "…"',
    );
  });

  test('a connection refused: its code and message', async () => {
    const error = await openOrm({
      clientUrl: 'postgres://postgres@127.0.0.1:1/postgres',
      entities: [GrantorSchema],
      migrations: [],
      migrationsPath: __dirname,
    }).then(
      (opened) => opened.close(),
      (caught: unknown) => caught,
    );
    expect(describeForLog(error)).toMatch(/^\w+ \(code ECONNREFUSED\): connect ECONNREFUSED/);
  });

  test('what a database error is wrapped in: a GraphQLError by its original, a cause after its wrapper', async () => {
    const cause = await failing((em) => em.execute('select ?::uuid', [NAME]));
    const wrapper = new Error('the subgraph could not read who recorded its records', { cause });
    const graphql = new GraphQLError((cause as Error).message, { originalError: wrapper });
    const described = describeForLog(graphql, { stack: true });
    expect(described.split('\n')[0]).toBe(
      'the subgraph could not read who recorded its records; caused by DriverException (SQLSTATE 22P02): invalid input syntax for type uuid: "…"',
    );
    expect(described).not.toContain('Erika');
  });

  test("a wrapper that repeats a database error's statement and detail (a failed migration): cut before them", async () => {
    const cause = await failing(async (em) => {
      await em.execute(CREATE_GRANTOR);
      await em.execute('insert into grantor values (1, ?)', [NAME]);
      await em.execute('insert into grantor values (1, ?)', [NAME]);
    });
    const { message, detail } = cause as Error & { detail: string };
    // As the migrations' runner words it (umzug): the statement with its values and the detail.
    const migration = new Error(
      `Migration Migration20261125 (up) failed: Original error: ${message}\n - detail: ${detail}`,
      { cause },
    );
    migration.name = 'MigrationError';
    expect(migration.message).toContain('Erika');
    const described = describeForLog(migration);
    expect(described).toBe(
      'MigrationError: Migration Migration20261125 (up) failed: … (the rest not logged: it repeats the database error below); ' +
        'caused by UniqueConstraintViolationException (SQLSTATE 23505, table grantor, constraint grantor_pkey): duplicate key value violates unique constraint "grantor_pkey"',
    );
    expect(described).not.toContain('Erika');
  });

  test('other errors: their message (with the class where it is not Error), a cause it already tells left out', () => {
    expect(describeForLog(new TypeError('x is not a function'))).toBe(
      'TypeError: x is not a function',
    );
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    expect(
      describeForLog(
        new Error(
          'cannot connect to PostgreSQL at postgres://x@h/d: connect ECONNREFUSED 127.0.0.1:1',
          {
            cause: refused,
          },
        ),
      ),
    ).toBe('cannot connect to PostgreSQL at postgres://x@h/d: connect ECONNREFUSED 127.0.0.1:1');
    expect(describeForLog(new Error('registry down', { cause: refused }))).toBe(
      'registry down; caused by Error (code ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:1',
    );
    // A GraphQLError that says more than the error it wraps (the gateway's for an identity
    // provider's keys) is told by its own message.
    const keys = new Error('Expected 200 OK from the JSON Web Key Set HTTP response');
    expect(
      describeForLog(
        new GraphQLError(`the identity provider's keys could not be read: ${keys.message}`, {
          originalError: keys,
        }),
      ),
    ).toBe(
      "the identity provider's keys could not be read: Expected 200 OK from the JSON Web Key Set HTTP response",
    );
    expect(describeForLog('just a string')).toBe('string thrown: just a string');
    expect(describeForLog({ grantorName: NAME })).not.toContain('Erika');
    const stacked = describeForLog(new Error('boom'), { stack: true }).split('\n');
    expect(stacked[0]).toBe('boom');
    expect(stacked[1]).toMatch(/^\s+at /);
  });

  test("MikroORM's own errors: only their class (their messages print entities with their values)", () => {
    const error = new ValidationError(`Trying to set Grantor.name of type 'number' to '${NAME}'`);
    expect(describeForLog(error, { stack: true })).not.toContain('Erika');
    expect(describeForLog(error)).toMatch(/^ValidationError \(message not logged/);
  });
});
