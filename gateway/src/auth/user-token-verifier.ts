import {
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { GraphQLError } from 'graphql';
import type { ConsentPolicy } from '@wohnnetz/consent-policy';
import {
  UNKNOWN_AGENCY,
  bearerToken,
  hasControlCharacters,
  isBlank,
  isIdentifier,
} from '@wohnnetz/service-kit';
import {
  MAX_AGENCY_LENGTH,
  MAX_SUBJECT_LENGTH,
  USER_CLAIMS,
  unauthenticated,
  type AgencyUser,
} from './agency-user';

/** Asymmetric algorithms only: `none` and shared-secret HMAC tokens are refused. */
const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

/** The oldest user token the gateway takes (`pnpm dev-token` mints them for at most as long). */
const MAX_USER_TOKEN_AGE_DAYS = 30;
const MAX_USER_TOKEN_AGE = `${MAX_USER_TOKEN_AGE_DAYS}d`;
/** How far the identity provider's clock may run ahead of the gateway's (`iat`, `nbf`). */
const USER_TOKEN_CLOCK_TOLERANCE_SECONDS = 5;

/** Looking up a token's key found none or several: the token's fault (an unknown `kid`, say). */
const TOKEN_KEY_FAILURES = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS']);

/** The issuer's keys could not be had at all: the hub's (or the identity provider's) fault. */
class KeysUnavailable extends Error {}

/**
 * The issuer's keys, with every failure to get them (unreachable, a timeout, an answer that is not
 * 200 or no key set) told apart from a token whose key is not among them.
 */
function keysOrUnavailable(keys: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      if (error instanceof errors.JOSEError && TOKEN_KEY_FAILURES.has(error.code)) throw error;
      throw new KeysUnavailable(error instanceof Error ? error.message : String(error), {
        cause: error,
      });
    }
  };
}

const TOKEN = 'the agency user token';

/** Whether the token's protected header marks parameters as critical (`crit`). */
function namesCriticalParameters(token: string): boolean {
  try {
    return decodeProtectedHeader(token).crit !== undefined;
  } catch {
    return false;
  }
}

/** What is wrong with a token jose refused, in words for its user (not jose's own). */
function refusalOf(error: errors.JOSEError, token: string): string {
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat'
      ? `${TOKEN} was issued more than ${MAX_USER_TOKEN_AGE_DAYS} days ago`
      : `${TOKEN} has expired`;
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `${TOKEN} has no ${error.claim} claim`;
    if (error.claim === 'iss') {
      return `${TOKEN}'s iss claim names an issuer the gateway does not trust`;
    }
    if (error.claim === 'aud') return `${TOKEN}'s aud claim does not name this hub`;
    if (error.claim === 'nbf' && error.reason === 'check_failed') {
      return `${TOKEN} is not valid yet`;
    }
    if (error.claim === 'iat' && error.reason === 'check_failed') {
      return `${TOKEN}'s iat claim lies in the future`;
    }
    return `${TOKEN}'s ${error.claim} claim is invalid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return `${TOKEN}'s signature is invalid`;
  }
  if (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return `${TOKEN} is signed with a key the gateway does not know`;
  }
  // jose supports no critical header parameter (RFC 7515 § 4.1.11): such a token is refused as
  // not supported, as an unsupported algorithm is, but it is not the algorithm's fault.
  if (error instanceof errors.JOSENotSupported && namesCriticalParameters(token)) {
    return `${TOKEN} marks header parameters as critical (crit) that the gateway does not support`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return `${TOKEN} must be signed with one of ${ACCEPTED_ALGORITHMS.join(', ')}`;
  }
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) {
    return `${TOKEN} is not a signed JWT`;
  }
  return `${TOKEN} was refused: ${error.message}`;
}

export interface UserTokenConfig {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

function userFrom(payload: JWTPayload, policy: ConsentPolicy): AgencyUser | string {
  const agency = payload[USER_CLAIMS.agency];
  const agencyKind = payload[USER_CLAIMS.agencyKind];
  const roles = payload[USER_CLAIMS.roles];
  if (typeof payload.sub !== 'string' || isBlank(payload.sub)) return 'the token has no subject';
  // Recorded as the actor of consents and access-log entries: half of a surrogate pair would be
  // stored as a replacement character, another actor than the token names.
  if (
    payload.sub.length > MAX_SUBJECT_LENGTH ||
    !payload.sub.isWellFormed() ||
    hasControlCharacters(payload.sub)
  ) {
    return `the token's subject must be at most ${MAX_SUBJECT_LENGTH} characters of well-formed text without control characters`;
  }
  if (typeof agency !== 'string' || agency === '') return 'the token names no agency';
  // Recorded with every guarded field it is given: one the access log cannot hold would fail them all.
  if (!isIdentifier(agency)) {
    return `the token's agency must be at most ${MAX_AGENCY_LENGTH} characters without control characters`;
  }
  // The hub's records use it for an agency no longer known: no user acts in its name.
  if (agency === UNKNOWN_AGENCY) {
    return `the token's agency "${UNKNOWN_AGENCY}" is reserved for records whose agency is not known`;
  }
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
  const keys = keysOrUnavailable(config.keys);
  return async (authorization: string | undefined, requestId: string): Promise<AgencyUser> => {
    const token = bearerToken(authorization);
    if (!token) {
      // A header that is there but no `Bearer <token>` (a bare JWT, another scheme, two tokens)
      // is told apart from none at all.
      throw unauthenticated(
        authorization?.trim()
          ? "the Authorization header must be 'Bearer <token>' with an agency user token"
          : 'an agency user token is required',
        requestId,
      );
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp', 'sub', 'iat'],
        // However far its `exp`, no token is taken once it is older than this.
        maxTokenAge: MAX_USER_TOKEN_AGE,
        // The identity provider's clock may run a moment ahead of the gateway's, and both count
        // whole seconds: a token issued now may name the next second (`iat`, `nbf`). Its `exp`
        // is not stretched (below).
        clockTolerance: USER_TOKEN_CLOCK_TOLERANCE_SECONDS,
      }));
      if (payload.exp! <= Math.floor(Date.now() / 1000)) {
        throw new errors.JWTExpired('"exp" claim timestamp check failed', payload, 'exp');
      }
    } catch (error) {
      // The issuer's keys could not be had: the hub's fault, not the token's — an internal error,
      // logged with the request id, with nothing of the network told to the client. Anything
      // that is no jose error is a fault of the hub as well.
      if (error instanceof KeysUnavailable || !(error instanceof errors.JOSEError)) {
        const what =
          error instanceof KeysUnavailable
            ? "the identity provider's keys could not be read (AUTH_JWKS_URL or AUTH_JWKS_FILE)"
            : 'verifying the user token failed';
        throw new GraphQLError(
          `${what}: ${error instanceof Error ? error.message : String(error)}`,
          {
            originalError: error instanceof Error ? error : undefined,
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, http: { status: 500 } },
          },
        );
      }
      throw unauthenticated(refusalOf(error, token), requestId);
    }
    const user = userFrom(payload, policy);
    if (typeof user === 'string') throw unauthenticated(user, requestId);
    return user;
  };
}
