import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet } from 'jose';
import {
  generateGatewaySigningKeys,
  loadGatewaySigningKeys,
  readJsonFile,
} from '@wohnnetz/service-kit';
import { loadDevIssuer } from './auth/dev-issuer';
import type { GatewayConfig } from './env';
import type { GatewayOptions } from './server';

/**
 * The issuer's public keys from a JWKS file, each checked at start: jose imports a key only when
 * a token names it, so a broken file would otherwise start a gateway that refuses everyone. A
 * private key is refused: the file is for public keys only.
 */
function issuerKeysFrom(file: string): JSONWebKeySet {
  const what = "the issuer's keys";
  const jwks = readJsonFile(file, what) as Partial<JSONWebKeySet>;
  if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) {
    throw new Error(`${what} (${file}) must be a JWKS with at least one key`);
  }
  jwks.keys.forEach((key, index) => {
    // A private key here would be read as its public part, but it has no business on the
    // gateway: whoever can read the file could sign users' tokens.
    if ('d' in key) {
      throw new Error(
        `${what} (${file}): key ${key.kid ?? index} is a private key (it has a d member): AUTH_JWKS_FILE must hold the issuer's public keys only`,
      );
    }
    try {
      createPublicKey({ key: key as JsonWebKey, format: 'jwk' });
    } catch (error) {
      throw new Error(
        `${what} (${file}): key ${key.kid ?? index} is not a usable public key: ${(error as Error).message}`,
        { cause: error },
      );
    }
  });
  return jwks as JSONWebKeySet;
}

/** Turns the gateway's configuration into its keys and verifiers. */
export async function gatewayOptionsFrom(config: GatewayConfig): Promise<GatewayOptions> {
  const source = config.userTokens;
  let userTokens: GatewayOptions['userTokens'];
  if (source.kind === 'external') {
    const keys =
      source.jwks instanceof URL
        ? createRemoteJWKSet(source.jwks)
        : createLocalJWKSet(issuerKeysFrom(source.jwks));
    userTokens = { issuer: source.issuer, audience: source.audience, keys };
  } else {
    const issuer = await loadDevIssuer(source.dir);
    userTokens = { issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys };
  }
  return {
    port: config.port,
    mode: config.mode,
    subgraphUrls: config.subgraphUrls,
    userTokens,
    corsOrigins: config.corsOrigins,
    signingKeys: config.signingKeysFile
      ? await loadGatewaySigningKeys(config.signingKeysFile)
      : await generateGatewaySigningKeys(),
  };
}
