import { GraphQLError } from 'graphql';

/** An authenticated user of an agency, from their identity provider's token. */
export interface AgencyUser {
  subject: string;
  agencyId: string;
  agencyKind: string;
  roles: string[];
}

/** The claims an agency user's token must carry besides iss, aud, exp and sub. */
export const USER_CLAIMS = {
  agency: 'agency',
  agencyKind: 'agency_kind',
  roles: 'roles',
} as const;

/**
 * The longest subject the hub records (as the actor of consents, withdrawals and access-log
 * entries): OpenID Connect's limit for `sub` (Core 1.0, § 2).
 */
export const MAX_SUBJECT_LENGTH = 255;

/** How to authenticate, as a 401 must say (RFC 9110 § 11.6.1, RFC 6750 § 3). */
const CHALLENGE = 'Bearer realm="wohnnetz"';

export function unauthenticated(message: string, requestId: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      requestId,
      http: { status: 401, headers: new Map([['www-authenticate', CHALLENGE]]) },
    },
  });
}
