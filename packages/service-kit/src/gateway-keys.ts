import { randomUUID } from 'node:crypto';
import {
  CompactSign,
  compactVerify,
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';
import { INTERNAL_TOKEN_ALGORITHM, type SigningKey } from './internal-token';
import { readJsonFile } from './json-file';

/** The gateway's keys for signing subgraph calls: one active key, all of them published. */
export interface GatewaySigningKeys {
  active: SigningKey;
  /** Public keys to verify with (the active one and, during a rotation, the previous ones). */
  publicJwks: JSONWebKeySet;
}

async function publicJwk(kid: string, publicKey: KeyLike): Promise<JWK> {
  return { ...(await exportJWK(publicKey)), kid, alg: INTERNAL_TOKEN_ALGORITHM, use: 'sig' };
}

/** A fresh key pair, kept in memory only (development, tests, a single gateway). */
export async function generateGatewaySigningKeys(): Promise<GatewaySigningKeys> {
  const kid = randomUUID();
  const { privateKey, publicKey } = await generateKeyPair(INTERNAL_TOKEN_ALGORITHM);
  return { active: { kid, privateKey }, publicJwks: { keys: [await publicJwk(kid, publicKey)] } };
}

/**
 * A new private signing key as a JWK (EC P-256, with a `kid`), for a GATEWAY_SIGNING_KEYS_FILE:
 * `{ "keys": [newKey, …keys still in use] }`.
 */
export async function newPrivateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(INTERNAL_TOKEN_ALGORITHM, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: INTERNAL_TOKEN_ALGORITHM };
}

/**
 * Whether a private key signs what its public part verifies: a JWK whose `d` was altered (or
 * copied from another key) imports without complaint, and every token it signed would be refused.
 */
async function signsForItsPublicPart(privateKey: KeyLike, publicKey: KeyLike): Promise<boolean> {
  const jws = await new CompactSign(new TextEncoder().encode('wohnnetz signing key check'))
    .setProtectedHeader({ alg: INTERNAL_TOKEN_ALGORITHM })
    .sign(privateKey);
  try {
    await compactVerify(jws, publicKey);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keys from a JWKS file of private EC P-256 keys, each with a `kid`: the first signs, all are
 * published, so a new key can be put first while the old one still verifies tokens in flight.
 * Each key is checked here (its private part must sign what its public part verifies, its kid is
 * the only one of its name): a broken key would otherwise start a gateway whose every subgraph
 * call is refused.
 */
export async function loadGatewaySigningKeys(path: string): Promise<GatewaySigningKeys> {
  const where = `the gateway's signing keys (GATEWAY_SIGNING_KEYS_FILE=${path})`;
  const jwks = readJsonFile(path, "the gateway's signing keys") as JSONWebKeySet;
  if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) {
    throw new Error(`${where}: expected a JWKS with at least one private key`);
  }
  // Subgraphs pick the key by the token's kid: under a kid listed twice jose finds two keys and
  // refuses every token as ambiguous (even where both are the same key).
  const kids = new Set<string>();
  for (const { kid } of jwks.keys) {
    if (kid === undefined) continue;
    if (kids.has(kid)) {
      throw new Error(
        `${where}: key ${kid} is listed more than once: subgraphs pick a key by its kid and would refuse every call signed with it`,
      );
    }
    kids.add(kid);
  }
  const keys = await Promise.all(
    jwks.keys.map(async (jwk, index) => {
      if (!jwk.kid || !jwk.d || jwk.kty !== 'EC' || jwk.crv !== 'P-256') {
        throw new Error(`${where}: key ${index} must be a private EC P-256 JWK with a kid`);
      }
      const { d: _private, ...publicPart } = jwk;
      let privateKey: KeyLike;
      let publicKey: KeyLike;
      try {
        privateKey = (await importJWK(jwk, INTERNAL_TOKEN_ALGORITHM)) as KeyLike;
        publicKey = (await importJWK(publicPart, INTERNAL_TOKEN_ALGORITHM)) as KeyLike;
      } catch (error) {
        throw new Error(
          `${where}: key ${jwk.kid} is not a usable EC P-256 key: ${(error as Error).message}`,
          { cause: error },
        );
      }
      if (!(await signsForItsPublicPart(privateKey, publicKey))) {
        throw new Error(
          `${where}: key ${jwk.kid}: its private part (d) does not belong to its public part (x, y), so subgraphs would refuse every call it signs`,
        );
      }
      return {
        kid: jwk.kid,
        privateKey,
        publicJwk: { ...publicPart, alg: INTERNAL_TOKEN_ALGORITHM, use: 'sig' },
      };
    }),
  );
  const [active] = keys;
  return {
    active: { kid: active!.kid, privateKey: active!.privateKey },
    publicJwks: { keys: keys.map((key) => key.publicJwk) },
  };
}

/** How a subgraph gets the gateway's public keys: given directly, or from the gateway's URL. */
export function gatewayKeySet(source: JSONWebKeySet | URL): JWTVerifyGetKey {
  return source instanceof URL ? createRemoteJWKSet(source) : createLocalJWKSet(source);
}
