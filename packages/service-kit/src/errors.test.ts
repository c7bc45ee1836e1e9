import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { formatServiceError, formatSubgraphError, requestIdOnInternalErrors } from './errors';

describe('formatServiceError', () => {
  test('keeps an error meant for the client as it is', () => {
    const error = new GraphQLError('first must be between 1 and 100', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    expect(formatServiceError(error.toJSON(), error)).toEqual(error.toJSON());
  });

  test('hides an internal error behind a generic message and code', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const internal = new Error('select * from "household" failed: connection refused');
    const formatted = formatServiceError(
      {
        message: internal.message,
        path: ['households'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at query (orm.ts:1)'] },
      },
      internal,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['households'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  test('reports a statement the database cancelled as SERVICE_UNAVAILABLE, with the request id', () => {
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    // As MikroORM wraps the driver's error: the SQLSTATE kept as `code`, the driver's as cause.
    const driver = Object.assign(new Error('canceling statement due to statement timeout'), {
      code: '57014',
    });
    const cancelled = new Error('select … - canceling statement due to statement timeout', {
      cause: driver,
    });
    for (const error of [driver, cancelled]) {
      const formatted = formatServiceError(
        {
          message: error.message,
          path: ['households'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1' },
        },
        new GraphQLError(error.message, { originalError: error }),
      );
      expect(formatted).toEqual({
        message: expect.stringContaining('a database statement was cancelled') as string,
        path: ['households'],
        extensions: { code: 'SERVICE_UNAVAILABLE', requestId: 'r-1' },
      });
    }
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  test('reports a database connection that did not become free in time as SERVICE_UNAVAILABLE', () => {
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    // As MikroORM passes knex's KnexTimeoutError on: its message kept.
    const error = new Error(
      'Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
    );
    const formatted = formatServiceError(
      { message: error.message, path: ['household', 'benefitCase'], extensions: {} },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(formatted.message).toContain('no database connection became free in time');
    spy.mockRestore();
  });

  test.each([
    ['a connection exception (class 08)', '08006', 'server closed the connection unexpectedly'],
    ['a connection that could not be made', '08001', 'could not connect to server'],
    [
      'an administrator shutting the server down',
      '57P01',
      'terminating connection due to administrator command',
    ],
    [
      'a server crash',
      '57P02',
      'terminating connection because of crash of another server process',
    ],
    ['a server that cannot take connections yet', '57P03', 'the database system is starting up'],
    ['too many connections', '53300', 'sorry, too many clients already'],
    ['a password refused', '28P01', 'password authentication failed for user "wohnnetz"'],
    ['a login refused', '28000', 'role "wohnnetz" is not permitted to log in'],
    ['a connection refused', 'ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'],
    ['a connection reset', 'ECONNRESET', 'read ECONNRESET'],
    ['a connection timing out', 'ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.1:5432'],
    ['a connection broken while writing', 'EPIPE', 'write EPIPE'],
    [
      'a connection that ended under a statement',
      undefined,
      'select 1 - Connection terminated unexpectedly',
    ],
    [
      'a connection that took too long',
      undefined,
      'Connection terminated due to connection timeout',
    ],
  ])('reports %s as SERVICE_UNAVAILABLE, with the request id', (_what, code, message) => {
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const unreachable = {
      message:
        'the service could not answer: its database cannot be reached (the connection was refused or lost); ask again later (after a change, look whether it was made before repeating it)',
      path: ['household', 'benefitCase'],
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId: 'r-1' },
    };
    const bare = Object.assign(new Error(message), code ? { code } : {});
    // As MikroORM passes it on (in a resolver's error or as another's cause), and as knex passes
    // it on for a statement sent through it directly: bare.
    for (const [error, format] of [
      [new DriverException(bare), formatServiceError],
      [new Error('wrapped', { cause: new DriverException(bare) }), formatServiceError],
      [bare, formatSubgraphError],
    ] as const) {
      const formatted = format(
        {
          message,
          path: ['household', 'benefitCase'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1' },
        },
        new GraphQLError(message, { originalError: error }),
      );
      expect(formatted).toEqual(unreachable);
    }
    expect(spy).toHaveBeenCalledTimes(3);
    expect(spy).toHaveBeenCalledWith('service unavailable (request r-1):', expect.any(String));
    spy.mockRestore();
  });

  test.each([
    ['a deadlock', '40P01', 'deadlock detected'],
    ['a serialization failure', '40001', 'could not serialize access due to concurrent update'],
  ])(
    'reports %s, which asked again runs afresh, as SERVICE_UNAVAILABLE',
    (_what, code, message) => {
      const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      const error = new DriverException(Object.assign(new Error(message), { code }));
      const formatted = formatServiceError(
        { message, path: ['recordConsent'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        new GraphQLError(message, { originalError: error }),
      );
      expect(formatted).toEqual({
        message:
          'the service could not answer: its database rolled the transaction back: it collided with another (a deadlock); ask again later (after a change, look whether it was made before repeating it)',
        path: ['recordConsent'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      expect(spy).toHaveBeenCalledWith('service unavailable:', expect.stringContaining(code));
      spy.mockRestore();
    },
  );

  test("the gateway's own socket errors are no database's: an identity provider that cannot be reached is an internal error", () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8443'), {
      code: 'ECONNREFUSED',
    });
    const error = new GraphQLError("the identity provider's keys could not be read", {
      originalError: new Error('fetch failed', { cause: refused }),
    });
    const formatted = formatServiceError(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    spy.mockRestore();
  });

  test("logs a database error without its statement's values", () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // As knex's error looks where the server's own message was not kept apart (error-log.ts).
    const error = Object.assign(
      new Error(
        'insert into "consent_grant" ("grantor_name") values (\'Erika Mustermann\') - new row for relation "consent_grant" violates check constraint "consent_grant_recorded_at_near_now"',
      ),
      { code: '23514', severity: 'ERROR', table: 'consent_grant' },
    );
    formatServiceError(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1' } },
      new GraphQLError(error.message, { originalError: error }),
    );
    const logged = spy.mock.calls.map((call) => call.join(' ')).join('\n');
    spy.mockRestore();
    expect(logged).toContain('internal error (request r-1):');
    expect(logged).toContain('SQLSTATE 23514, table consent_grant');
    expect(logged).not.toContain('Erika');
    expect(logged).not.toContain('insert');
  });

  test('does not mistake another database error for a cancelled statement', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = Object.assign(new Error('relation "grantor" does not exist'), { code: '42P01' });
    const formatted = formatServiceError(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    spy.mockRestore();
  });
});

describe('requestIdOnInternalErrors', () => {
  const encounter = async (errors: unknown[]) => {
    const listener = await requestIdOnInternalErrors<{ requestId: string }>().requestDidStart!(
      {} as never,
    );
    await listener!.didEncounterErrors!({ errors, contextValue: { requestId: 'r-1' } } as never);
  };

  test('gives internal errors the request id, also one that is a plain Error', async () => {
    const plain = new Error('fetch failed') as Error & { extensions?: Record<string, unknown> };
    const internal = new GraphQLError('select failed');
    const forClient = new GraphQLError('first must be between 1 and 100', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await encounter([plain, internal, forClient]);
    expect(plain.extensions).toEqual({ requestId: 'r-1' });
    expect(internal.extensions).toEqual({ requestId: 'r-1' });
    expect(forClient.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    // Carried over when the plain Error is turned into a GraphQLError to be formatted.
    expect(new GraphQLError(plain.message, { originalError: plain }).extensions).toEqual({
      requestId: 'r-1',
    });
  });
});
