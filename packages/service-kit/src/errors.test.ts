import { GraphQLError } from 'graphql';
import { formatServiceError, requestIdOnInternalErrors } from './errors';

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
