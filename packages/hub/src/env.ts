import { join } from 'node:path';
import { z } from 'zod';
import {
  integerVariable,
  originsVariable,
  parseEnv,
  postgresUrl,
  unsetWhenEmpty,
} from '@wohnnetz/service-kit';

export const REPO_ROOT = join(__dirname, '../../..');

/** Configuration of `pnpm start` and `pnpm reset`. */
export const hubEnvSchema = z.object({
  /** An existing PostgreSQL server; when unset, an embedded one is started. */
  DATABASE_URL: unsetWhenEmpty(postgresUrl().optional()),
  DATABASE_PREFIX: unsetWhenEmpty(
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'lower-case letters, digits and underscores only')
      .default('wohnnetz'),
  ),
  EMBEDDED_POSTGRES_DIR: unsetWhenEmpty(z.string().default(join(REPO_ROOT, '.data/postgres'))),
  EMBEDDED_POSTGRES_PORT: unsetWhenEmpty(integerVariable(1, 65535, 55432)),
  DEMO_HOUSEHOLDS: unsetWhenEmpty(integerVariable(1, 10_000, 36)),
  /** Web origins of front ends that may call the gateway from a browser (CORS). */
  CORS_ALLOWED_ORIGINS: originsVariable(),
});

export const hubEnv = () => parseEnv('hub', hubEnvSchema);
