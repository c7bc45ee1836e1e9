/**
 * The development issuer: signs agency-user tokens for the demo agencies, so the hub can be tried
 * without an identity provider. Its key is generated on first use under DEV_ISSUER_DIR (never
 * committed). The gateway trusts it only outside production mode.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { demoAgency, type AgencyKind } from '@wohnnetz/demo-data';
import { readJsonFile } from '@wohnnetz/service-kit';
import {
  SignJWT,
  exportJWK,
  generateKeyPair,
  importJWK,
  createLocalJWKSet,
  type JWK,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';

export const DEV_ISSUER = 'urn:wohnnetz:dev-issuer';
export const DEFAULT_AUDIENCE = 'wohnnetz';
const ALGORITHM = 'ES256';

/** The role a demo user of each agency kind gets unless another is asked for. */
export const DEFAULT_ROLE: Record<AgencyKind, string> = {
  HOUSING_OFFICE: 'caseworker',
  JOBCENTER: 'caseworker',
  WELFARE_PROVIDER: 'caseworker',
  LANDLORD: 'landlord_staff',
  TRAINING_PROVIDER: 'trainer',
};

export interface DevTokenRequest {
  agencyId: string;
  roles?: string[];
  subject?: string;
  /** e.g. '8h', '5m'; negative values are not accepted. */
  expiresIn?: string;
  /** Overrides for tests (another issuer or audience than the gateway trusts, an old token). */
  issuer?: string;
  audience?: string;
  issuedAt?: Date;
  /** Claims signed in place of the demo agency's (tests: an agency id no demo agency has). */
  claims?: Record<string, unknown>;
}

export interface DevIssuer {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  mint(request: DevTokenRequest): Promise<string>;
}

async function issuerFromKey(privateJwk: JWK): Promise<DevIssuer> {
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = (await importJWK(privateJwk, ALGORITHM)) as KeyLike;
  return {
    issuer: DEV_ISSUER,
    audience: DEFAULT_AUDIENCE,
    keys: createLocalJWKSet({ keys: [publicJwk] }),
    mint: (request) => {
      const agency = demoAgency(request.agencyId);
      return new SignJWT({
        agency: agency.id,
        agency_kind: agency.kind,
        roles: request.roles ?? [DEFAULT_ROLE[agency.kind]],
        ...request.claims,
      })
        .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid!, typ: 'JWT' })
        .setIssuer(request.issuer ?? DEV_ISSUER)
        .setAudience(request.audience ?? DEFAULT_AUDIENCE)
        .setSubject(request.subject ?? `demo-user@${agency.id}`)
        .setIssuedAt(request.issuedAt && Math.floor(request.issuedAt.getTime() / 1000))
        .setExpirationTime(request.expiresIn ?? '8h')
        .sign(privateKey);
    },
  };
}

async function generateKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALGORITHM };
}

/** A development issuer whose key lives only in memory (tests). */
export async function createEphemeralDevIssuer(): Promise<DevIssuer> {
  return issuerFromKey(await generateKey());
}

/** The development issuer whose key is kept in `dir` (created on first use, mode 0600). */
export async function loadDevIssuer(dir: string): Promise<DevIssuer> {
  const path = join(dir, 'signing-key.json');
  const what = "the development issuer's key (delete it to make a new one)";
  if (!existsSync(path)) {
    // Only the key's own directory is private: its parents (`.data`, which also holds the
    // embedded PostgreSQL's data, run as the user "postgres" under root) stay traversable.
    mkdirSync(dirname(dir), { recursive: true, mode: 0o755 });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(path, JSON.stringify(await generateKey()), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process (the gateway or `pnpm dev-token`) created it first: use that one.
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
  }
  const jwk = readJsonFile(path, what) as JWK;
  try {
    return await issuerFromKey(jwk);
  } catch (error) {
    throw new Error(`${what} (${path}) is not a key: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
