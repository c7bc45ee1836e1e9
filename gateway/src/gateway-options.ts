import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet } from 'jose';
import {
  generateGatewaySigningKeys,
  loadGatewaySigningKeys,
  readJsonFile,
} from '@wohnnetz/service-kit';
import { loadDevIssuer } from './auth/dev-issuer';
import type { GatewayConfig } from './env';
import type { GatewayOptions } from './server';

/** Turns the gateway's configuration into its keys and verifiers. */
export async function gatewayOptionsFrom(config: GatewayConfig): Promise<GatewayOptions> {
  const source = config.userTokens;
  let userTokens: GatewayOptions['userTokens'];
  if (source.kind === 'external') {
    const keys =
      source.jwks instanceof URL
        ? createRemoteJWKSet(source.jwks)
        : createLocalJWKSet(readJsonFile(source.jwks, "the issuer's keys") as JSONWebKeySet);
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
    signingKeys: config.signingKeysFile
      ? await loadGatewaySigningKeys(config.signingKeysFile)
      : await generateGatewaySigningKeys(),
  };
}
