import type { OperationResult } from '@urql/core';

/**
 * The gateway's id of the request a result answers (its X-Request-Id), by which a data-protection
 * officer finds the request's decisions in the access log and an operator its log lines: the
 * answer's `extensions.requestId`, which the gateway sets on every answer GraphQL ran, or else
 * its errors' (a request refused before: UNAUTHENTICATED, PURPOSE_REQUIRED, FORBIDDEN, a body
 * that is no operation). Undefined where the gateway named none: no answer, or none of GraphQL
 * (a proxy's error page).
 */
export function requestIdOf(
  result: Pick<OperationResult, 'extensions' | 'error'>,
): string | undefined {
  const errors = result.error?.graphQLErrors ?? [];
  for (const extensions of [result.extensions, ...errors.map((error) => error.extensions)]) {
    // Bracketed: a front end's options may forbid dot access to an index signature.
    const requestId: unknown = extensions?.['requestId'];
    if (typeof requestId === 'string') return requestId;
  }
  return undefined;
}
