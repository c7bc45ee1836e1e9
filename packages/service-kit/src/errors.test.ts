import { GraphQLError } from 'graphql';
import { formatServiceError } from './errors';

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
