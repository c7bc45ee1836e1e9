import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

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
  'CONSENT_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'RESULT_TOO_LARGE',
]);

const isPublic = (code: unknown) => typeof code === 'string' && PUBLIC_CODES.has(code);

/**
 * Keeps errors meant for clients as they are and hides everything else behind a generic message,
 * so internal details (SQL, stack traces) never leave the service. The original is logged, with
 * the request id where the error carries one (`requestIdOnInternalErrors`), which the client is
 * given too: so an operator finds the detail of what a client reports.
 */
export function formatServiceError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  if (isPublic(formatted.extensions?.code)) return formatted;
  const requestId = formatted.extensions?.requestId;
  const request = typeof requestId === 'string' ? { requestId } : {};
  console.error(
    `internal error${request.requestId ? ` (request ${request.requestId})` : ''}:`,
    unwrapResolverError(error),
  );
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...request },
  };
}

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
