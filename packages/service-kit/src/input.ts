import { GraphQLError } from 'graphql';

/** The largest page any list field returns. */
export const MAX_PAGE_SIZE = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** The caller's mistake, with the argument it concerns: code BAD_USER_INPUT. */
export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** Checks an id argument: a malformed id is the caller's error, not a missing record. */
export function assertUuid(value: string, argument: string): string {
  if (!isUuid(value)) throw badInput(`${argument} must be a UUID`, argument);
  return value.toLowerCase();
}

export function assertPageSize(first: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`${argument} must be between 1 and ${MAX_PAGE_SIZE}`, argument);
  }
  return first;
}
