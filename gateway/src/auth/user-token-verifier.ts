import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { GraphQLError } from 'graphql';
import type { ConsentPolicy } from '@wohnnetz/consent-policy';
import { bearerToken, hasControlCharacters } from '@wohnnetz/service-kit';
import { MAX_SUBJECT_LENGTH, USER_CLAIMS, unauthenticated, type AgencyUser } from './agency-user';

/** Asymmetric algorithms only: `none` and shared-secret HMAC tokens are refused. */
const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

/** The oldest user token the gateway takes (`pnpm dev-token` mints them for at most as long). */
const MAX_USER_TOKEN_AGE = '30d';

/** jose's errors about the key set itself, not about a token. */
const KEY_SET_FAILURES = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID']);

export interface UserTokenConfig {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

function userFrom(payload: JWTPayload, policy: ConsentPolicy): AgencyUser | string {
  const agency = payload[USER_CLAIMS.agency];
  const agencyKind = payload[USER_CLAIMS.agencyKind];
  const roles = payload[USER_CLAIMS.roles];
  if (typeof payload.sub !== 'string' || payload.sub === '') return 'the token has no subject';
  if (payload.sub.length > MAX_SUBJECT_LENGTH || hasControlCharacters(payload.sub)) {
    return `the token's subject must be at most ${MAX_SUBJECT_LENGTH} characters without control characters`;
  }
  if (typeof agency !== 'string' || agency === '') return 'the token names no agency';
  if (typeof agencyKind !== 'string' || !policy.agencyKinds.has(agencyKind)) {
    return 'the token names no known agency kind';
  }
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string')) {
    return 'the token has no roles';
  }
  // Only the roles meant for the user's kind of agency count, here and in every subgraph (the
  // subgraphs see the roles each call is signed with): a landlord's user is no case worker.
  return {
    subject: payload.sub,
    agencyId: agency,
    agencyKind,
    roles: policy.rolesFor(roles, agencyKind),
  };
}

/** Checks `Authorization: Bearer <JWT>` of an agency user: signature, iss, aud, exp, claims. */
export function createUserTokenVerifier(config: UserTokenConfig, policy: ConsentPolicy) {
  return async (authorization: string | undefined, requestId: string): Promise<AgencyUser> => {
    const token = bearerToken(authorization);
    if (!token) throw unauthenticated('an agency user token is required', requestId);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, config.keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp', 'sub', 'iat'],
        // However far its `exp`, no token is taken once it is older than this.
        maxTokenAge: MAX_USER_TOKEN_AGE,
      }));
    } catch (error) {
      // The issuer's keys could not be fetched (or were no key set): the hub's fault, not the
      // token's — an internal error, logged, with nothing of the network told to the client.
      if (!(error instanceof errors.JOSEError) || KEY_SET_FAILURES.has(error.code)) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new GraphQLError(
          `the identity provider's keys could not be read (AUTH_JWKS_URL): ${reason}`,
          {
            originalError: error instanceof Error ? error : undefined,
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, http: { status: 500 } },
          },
        );
      }
      throw unauthenticated(`the agency user token was refused: ${error.message}`, requestId);
    }
    const user = userFrom(payload, policy);
    if (typeof user === 'string') throw unauthenticated(user, requestId);
    return user;
  };
}
