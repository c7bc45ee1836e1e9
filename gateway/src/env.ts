import { join } from 'node:path';
import { z } from 'zod';
import {
  GATEWAY_PORT,
  SUBGRAPH_NAMES,
  defaultSubgraphUrl,
  httpUrl,
  httpUrlVariable,
  originsVariable,
  parseEnv,
  portVariable,
  subgraphUrlVariable,
  unsetWhenEmpty,
  type ServiceMode,
  type SubgraphName,
} from '@wohnnetz/service-kit';
import { DEFAULT_AUDIENCE } from './auth/dev-issuer';

const subgraphUrls = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [
    subgraphUrlVariable(name),
    httpUrlVariable(defaultSubgraphUrl(name)),
  ]),
);

export const DEFAULT_DEV_ISSUER_DIR = join(__dirname, '../../.data/dev-issuer');

export const gatewayEnvSchema = z
  .object({
    PORT: portVariable(GATEWAY_PORT),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Issuer of agency users' tokens; unset outside production: the development issuer. */
    AUTH_ISSUER: unsetWhenEmpty(z.string().optional()),
    AUTH_AUDIENCE: unsetWhenEmpty(z.string().default(DEFAULT_AUDIENCE)),
    /** The issuer's public keys: a JWKS URL, or a JWKS file. */
    AUTH_JWKS_URL: unsetWhenEmpty(httpUrl().optional()),
    AUTH_JWKS_FILE: unsetWhenEmpty(z.string().optional()),
    DEV_ISSUER_DIR: unsetWhenEmpty(z.string().default(DEFAULT_DEV_ISSUER_DIR)),
    /** JWKS of private keys for signing subgraph calls; unset: a key generated at start. */
    GATEWAY_SIGNING_KEYS_FILE: unsetWhenEmpty(z.string().optional()),
    /** Web origins of agency front ends that may call the gateway from a browser (CORS). */
    CORS_ALLOWED_ORIGINS: originsVariable(),
    ...subgraphUrls,
  })
  // The combinations are checked even when a variable is malformed, so that one start names
  // every problem.
  .superRefine(
    (env, context) => {
      const external = env.AUTH_ISSUER !== undefined;
      if (external && !env.AUTH_JWKS_URL === !env.AUTH_JWKS_FILE) {
        context.addIssue({
          code: 'custom',
          path: ['AUTH_JWKS_URL'],
          message: 'with AUTH_ISSUER set exactly one of AUTH_JWKS_URL and AUTH_JWKS_FILE',
        });
      }
      if (!external && (env.AUTH_JWKS_URL || env.AUTH_JWKS_FILE)) {
        context.addIssue({
          code: 'custom',
          path: ['AUTH_ISSUER'],
          message: 'AUTH_JWKS_URL/AUTH_JWKS_FILE need AUTH_ISSUER',
        });
      }
      if (env.NODE_ENV === 'production' && !external) {
        context.addIssue({
          code: 'custom',
          path: ['AUTH_ISSUER'],
          message: 'required in production (the development issuer is off in production)',
        });
      }
    },
    { when: () => true },
  );

export type UserTokenSource =
  | { kind: 'development'; dir: string }
  | { kind: 'external'; issuer: string; audience: string; jwks: URL | string };

export interface GatewayConfig {
  port: number;
  mode: ServiceMode;
  subgraphUrls: Record<SubgraphName, string>;
  userTokens: UserTokenSource;
  signingKeysFile?: string;
  corsOrigins: string[];
}

export function gatewayConfigFromEnv(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const env = parseEnv('gateway', gatewayEnvSchema, source);
  const urls = env as unknown as Record<string, string>;
  return {
    port: env.PORT,
    mode: env.NODE_ENV,
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, urls[subgraphUrlVariable(name)]!]),
    ) as Record<SubgraphName, string>,
    userTokens: env.AUTH_ISSUER
      ? {
          kind: 'external',
          issuer: env.AUTH_ISSUER,
          audience: env.AUTH_AUDIENCE,
          jwks: env.AUTH_JWKS_URL ? new URL(env.AUTH_JWKS_URL) : env.AUTH_JWKS_FILE!,
        }
      : { kind: 'development', dir: env.DEV_ISSUER_DIR },
    signingKeysFile: env.GATEWAY_SIGNING_KEYS_FILE,
    corsOrigins: env.CORS_ALLOWED_ORIGINS,
  };
}
