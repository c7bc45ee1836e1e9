import { connectionFailure, shownUrl } from './database';

describe('connection failures', () => {
  test('a URL is shown without its password', () => {
    expect(shownUrl('postgres://app:s3cret@db:5432/x')).toBe('postgres://app:***@db:5432/x');
    expect(shownUrl('postgres://app@db:5432/x')).toBe('postgres://app@db:5432/x');
  });

  test("pg's message for a missing password says what to do", () => {
    // What pg 8 throws when a SCRAM server asks a client that has no password.
    const error = new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string');
    expect(connectionFailure('postgres://app@db:5432/x', error).message).toBe(
      'cannot connect to PostgreSQL at postgres://app@db:5432/x: SASL: SCRAM-SERVER-FIRST-MESSAGE: ' +
        'client password must be a string (the server asks for a password: give it in the URL, ' +
        'postgres://user:password@host:port/database)',
    );
  });
});
