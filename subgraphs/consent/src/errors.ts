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
