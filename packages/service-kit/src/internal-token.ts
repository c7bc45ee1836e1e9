/**
 * The token the gateway signs for each subgraph call, and its check in every subgraph. It names
 * the caller (actor, agency, purpose, request id), is valid for one subgraph (`aud`) for a few
 * seconds, and is bound to a hash of that call's query, operation name and variables: a captured
 * token cannot be replayed for another operation (another operation of the same document included)
 * or another subgraph.
 */
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type KeyLike } from 'jose';
import stringify from 'safe-stable-stringify';
import type { ConsentCaller } from '@wohnnetz/consent-enforcement';

export const GATEWAY_ISSUER = 'urn:wohnnetz:gateway';
/** Lifetime of a gateway → subgraph token. */
export const INTERNAL_TOKEN_TTL_SECONDS = 30;
export const INTERNAL_TOKEN_ALGORITHM = 'ES256';
/**
 * How far the gateway's clock may run ahead of a subgraph's: a token whose `iat` lies up to this
 * far in the subgraph's future is taken. Both count whole seconds, so a gateway a millisecond
 * ahead names the next second now and then. Its `exp` is not stretched: no token is taken after
 * the instant it names.
 */
const INTERNAL_TOKEN_CLOCK_TOLERANCE_SECONDS = 5;

/** Who is asking, as every subgraph sees it (the consent guard's caller). */
export type Caller = ConsentCaller;

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
}

/**
 * SHA-256 of the query text, the operation name (absent or `null` count as `''`) and the
 * canonical JSON of the variables. Query and name are JSON-encoded: no part contains a line
 * break, so the parts cannot be shifted into one another.
 */
export function operationHash(
  query: string,
  variables: unknown,
  operationName?: string | null,
): string {
  return createHash('sha256')
    .update(JSON.stringify(query))
    .update('\n')
    .update(JSON.stringify(operationName ?? ''))
    .update('\n')
    .update(stringify(variables ?? {}) ?? '{}')
    .digest('base64url');
}

export async function signInternalToken(
  key: SigningKey,
  audience: string,
  caller: Caller,
  hash: string,
  ttlSeconds = INTERNAL_TOKEN_TTL_SECONDS,
): Promise<string> {
  // One reading of the clock: two could straddle a second, and the token would live 31 s.
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({
    agency: caller.agencyId,
    agency_kind: caller.agencyKind,
    roles: caller.roles,
    purpose: caller.purpose,
    rid: caller.requestId,
    opt: caller.operationType,
    oph: hash,
  })
    .setProtectedHeader({ alg: INTERNAL_TOKEN_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(audience)
    .setSubject(caller.actor)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key.privateKey);
}

export class InternalTokenError extends Error {
  override name = 'InternalTokenError';
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const OPERATION_TYPES = new Set<unknown>(['query', 'mutation', 'subscription']);
const isOperationType = (value: unknown): value is Caller['operationType'] =>
  OPERATION_TYPES.has(value);

function callerFrom(payload: JWTPayload): { caller: Caller; hash: string } {
  const { sub, agency, agency_kind, roles, purpose, rid, opt, oph } = payload;
  if (
    !isString(sub) ||
    !isString(agency) ||
    !isString(agency_kind) ||
    !isString(purpose) ||
    !isString(rid) ||
    !isOperationType(opt) ||
    !isString(oph) ||
    !Array.isArray(roles) ||
    !roles.every(isString)
  ) {
    throw new InternalTokenError('gateway token lacks caller claims');
  }
  return {
    caller: {
      actor: sub,
      agencyId: agency,
      agencyKind: agency_kind,
      roles,
      purpose,
      requestId: rid,
      operationType: opt,
    },
    hash: oph,
  };
}

/**
 * Verifies a gateway token for this subgraph and this operation (query, operation name and
 * variables); throws InternalTokenError with the reason otherwise.
 */
export async function verifyInternalToken(
  token: string,
  keys: JWTVerifyGetKey,
  audience: string,
  operation: { query?: unknown; operationName?: unknown; variables?: unknown },
): Promise<Caller> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      issuer: GATEWAY_ISSUER,
      audience,
      algorithms: [INTERNAL_TOKEN_ALGORITHM],
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
      maxTokenAge: `${INTERNAL_TOKEN_TTL_SECONDS * 2}s`,
      clockTolerance: INTERNAL_TOKEN_CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    throw new InternalTokenError(
      `gateway token rejected: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // The tolerance is for an `iat` a moment ahead; the validity ends at `exp`, as the gateway meant.
  if (payload.exp! <= Math.floor(Date.now() / 1000)) {
    throw new InternalTokenError('gateway token rejected: "exp" claim timestamp check failed');
  }
  // The gateway signs for 30 s: a token meant to live longer was not made by it (or by a gateway
  // key in other hands, whose tokens should not outlive a request either).
  if (payload.exp! - payload.iat! > INTERNAL_TOKEN_TTL_SECONDS) {
    throw new InternalTokenError(
      `gateway token rejected: it lives longer than ${INTERNAL_TOKEN_TTL_SECONDS} s`,
    );
  }
  const { caller, hash } = callerFrom(payload);
  const { query, operationName, variables } = operation;
  if (
    typeof query !== 'string' ||
    (operationName !== undefined && operationName !== null && typeof operationName !== 'string') ||
    operationHash(query, variables, operationName) !== hash
  ) {
    throw new InternalTokenError('gateway token was issued for another operation');
  }
  return caller;
}
