import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { codeOf, databaseUnreachable } from './database-errors';
import { describeForLog, wrapped } from './error-log';

/** Codes that clients may rely on; anything else is reported as INTERNAL_SERVER_ERROR. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PURPOSE_REQUIRED',
  'CONSENT_REQUIRED',
  'RELEASE_FORBIDDEN',
  'AGENCY_NOT_TAKING_PART',
  'CONSENT_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'RESULT_TOO_LARGE',
]);

const isPublic = (code: unknown) => typeof code === 'string' && PUBLIC_CODES.has(code);

/** PostgreSQL's query_canceled: a statement stopped by statement_timeout or by an operator. */
const QUERY_CANCELED = '57014';
/**
 * A transaction PostgreSQL rolled back because it collided with another: deadlock_detected,
 * serialization_failure. Asked again, it runs afresh.
 */
const COLLIDED = new Set(['40P01', '40001']);
/** How knex reports that no pooled connection became free in time (its KnexTimeoutError). */
const NO_CONNECTION = 'Knex: Timeout acquiring a connection';

/**
 * Why the database could not serve the request, if that is what the error (or one it wraps)
 * says: a statement it cancelled, a transaction it rolled back for colliding with another (a
 * deadlock, a serialization failure), no connection of the pool free in time, or the database could
 * not be reached or dropped the connection (shut down, restarted, full, the service's login
 * refused, the network). None is a fault of the request or of the code: the client may ask again.
 * A write whose transaction it met was rolled back (or, where the connection broke while it
 * committed, its outcome is unknown); one committed before it (a mutation's answer read after
 * it) stands, so after a change the client looks before repeating it.
 */
function unavailableBecause(error: unknown, bareErrors: boolean): string | undefined {
  for (const inner of wrapped(error)) {
    if (codeOf(inner) === QUERY_CANCELED) {
      return 'a database statement was cancelled (it ran past its time limit, or an operator stopped it)';
    }
    if (COLLIDED.has(String(codeOf(inner)))) {
      return 'its database rolled the transaction back: it collided with another (a deadlock)';
    }
    if (inner.message.startsWith(NO_CONNECTION)) {
      return 'it is busy: no database connection became free in time';
    }
    if (databaseUnreachable(inner, { bareErrors })) {
      return 'its database cannot be reached (the connection was refused or lost)';
    }
  }
  return undefined;
}

/**
 * Keeps errors meant for clients as they are and hides everything else behind a generic message,
 * so internal details (SQL, stack traces) never leave the service. The original is logged (as
 * `describeForLog` allows: no values), with the request id where the error carries one
 * (`requestIdOnInternalErrors`), which the client is given too: so an operator finds the detail
 * of what a client reports. The gateway formats its errors so too: it has no database, and a
 * socket error it meets (an identity provider's) is its own fault, not the database's.
 */
export function formatServiceError(
  formatted: GraphQLFormattedError,
  error: unknown,
  { bareDatabaseErrors = false }: { bareDatabaseErrors?: boolean } = {},
): GraphQLFormattedError {
  if (isPublic(formatted.extensions?.code)) return formatted;
  const requestId = formatted.extensions?.requestId;
  const request = typeof requestId === 'string' ? { requestId } : {};
  const original = unwrapResolverError(error);
  const because = unavailableBecause(error, bareDatabaseErrors);
  if (because) {
    console.warn(
      `service unavailable${request.requestId ? ` (request ${request.requestId})` : ''}:`,
      describeForLog(original),
    );
    return {
      message: `the service could not answer: ${because}; ask again later (after a change, look whether it was made before repeating it)`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', ...request },
    };
  }
  console.error(
    `internal error${request.requestId ? ` (request ${request.requestId})` : ''}:`,
    describeForLog(original, { stack: true }),
  );
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...request },
  };
}

/**
 * A subgraph's errors, formatted as `formatServiceError` does: a socket error or pg's own
 * "Connection terminated" is its database's too (as knex passes them on for the statements the
 * registry sends through it directly), since a subgraph's resolvers reach nothing else over the
 * network (the consent guard reports the registry's failures itself).
 */
export const formatSubgraphError = (
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError => formatServiceError(formatted, error, { bareDatabaseErrors: true });

/**
 * Gives each internal error of a request its request id before it is formatted (and logged,
 * `formatServiceError`); errors meant for clients are left as they are.
 */
export function requestIdOnInternalErrors<
  Context extends { requestId: string },
>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, contextValue }) => {
          for (const error of errors) {
            // Not every error is a GraphQLError: one the gateway's query plan met may be a plain
            // Error, without extensions (they are carried over when it is formatted).
            const extensions = ((error as { extensions?: Record<string, unknown> }).extensions ??=
              {});
            if (isPublic(extensions.code)) continue;
            extensions.requestId ??= contextValue.requestId;
          }
          return Promise.resolve();
        },
      }),
  };
}
