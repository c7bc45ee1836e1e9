import { GraphQLError } from 'graphql';
import { MAX_IDENTIFIER_LENGTH } from '@wohnnetz/service-kit';

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

/**
 * The longest agency id the hub records (the access log's and the consent history's agency,
 * like every agency id: MAX_IDENTIFIER_LENGTH). The token's `agency_kind` must be a kind of the
 * policy and only the policy's roles count, so those are as long as the policy's names (which
 * the consent registry's test holds to its columns); `roles` are not recorded.
 */
export const MAX_AGENCY_LENGTH = MAX_IDENTIFIER_LENGTH;

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
