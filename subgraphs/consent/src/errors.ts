import { describeForLog } from '@wohnnetz/service-kit';
import { GraphQLError } from 'graphql';

/**
 * The caller's mistake in one input field: code BAD_USER_INPUT, the argument it was given in and
 * the field it concerns, so a front end can show the message next to that field.
 */
export function badField(message: string, field: string, argument = 'input'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, field } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/** A write that would repeat a record: code CONFLICT, with what identifies the existing one. */
export function conflict(message: string, details: Record<string, string>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Rethrows a write the database refused because an instant the registry dated lies too far from
 * its clock (Migration20261125060000, ADR 0021) as SERVICE_UNAVAILABLE: the registry's clock is
 * off from the database's, or the write came that late. Nothing was written, and asking again
 * dates it afresh; an operator must look at the clocks (logged). Anything else is rethrown as is.
 */
export function rethrowClockRefusal(error: unknown, requestId: string): never {
  const refused =
    error instanceof Error &&
    (error as { code?: unknown }).code === '23514' &&
    error.message.includes("of the database's clock");
  if (!refused) throw error;
  console.error(
    `the registry dated a write too far from the database's clock (request ${requestId}):`,
    describeForLog(error),
  );
  throw new GraphQLError(
    "the consent registry's clock is too far from its database's: nothing was recorded; ask again later",
    { extensions: { code: 'SERVICE_UNAVAILABLE' } },
  );
}
