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

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
