/**
 * The codes the gateway puts in an error's `extensions.code`. Clients may rely on these; the
 * gateway reports any other failure as INTERNAL_SERVER_ERROR, without details.
 */
export const GATEWAY_ERROR_CODES = [
  // Who asks, and for which purpose: refused with HTTP 401, 400 or 403 before anything is
  // planned. FORBIDDEN also stands beside a root field the user may not call (its value null).
  'UNAUTHENTICATED',
  'PURPOSE_REQUIRED',
  'FORBIDDEN',
  // The request or its input (HTTP 400, 413 for PAYLOAD_TOO_LARGE; BAD_USER_INPUT also beside a
  // mutation whose input the registry refuses).
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  // HTTP 405 (not POST), 406 (an Accept header that takes no JSON), 415 (a body in another
  // charset or content encoding): refused before anything runs.
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'UNSUPPORTED_MEDIA_TYPE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // The operation limits (depth, aliases, cost with its page sizes, tokens, directives).
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_LARGE',
  'TOO_MANY_DIRECTIVES',
  // Answering: a record that does not exist, a subgraph call the gateway may not send.
  'NOT_FOUND',
  // A write that would repeat a record (recordConsent: the same consent, recorded already).
  'CONFLICT',
  'RESULT_TOO_LARGE',
  // A guarded field withheld (its value is null): see consentDenials.
  'CONSENT_REQUIRED',
  'RELEASE_FORBIDDEN',
  'AGENCY_NOT_TAKING_PART',
  'CONSENT_UNAVAILABLE',
  // A service that did not answer (down, not within 15 s, a proxy's 502–504): its fields are null
  // in this answer (withheld, not empty); the error has no path, `extensions.serviceName` names
  // the service. Or a statement of it was cancelled (its time limit), it had no database
  // connection free in time (busy), or the consent registry's clock is off (recordConsent,
  // withdrawConsent: nothing recorded): then the error has the withheld field's path. Asking
  // again may answer; where a mutation was sent to it, look first.
  'SERVICE_UNAVAILABLE',
  // Anything else; the gateway logs the details.
  'INTERNAL_SERVER_ERROR',
] as const;

/** A code the gateway puts in an error's `extensions.code`. */
export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

const KNOWN_CODES: ReadonlySet<string> = new Set(GATEWAY_ERROR_CODES);

/**
 * The code of one GraphQL error (e.g. of `result.error.graphQLErrors`), or undefined when it has
 * none the gateway documents.
 */
export function errorCode(error: {
  readonly extensions?: Readonly<Record<string, unknown>>;
}): GatewayErrorCode | undefined {
  // Bracketed: the client's sources are compiled under the front end's options, which may forbid
  // dot access to an index signature (noPropertyAccessFromIndexSignature).
  const code = error.extensions?.['code'];
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as GatewayErrorCode) : undefined;
}
