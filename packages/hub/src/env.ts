import { join } from 'node:path';
import { z } from 'zod';
import {
  MAX_DATABASE_NAME_LENGTH,
  SUBGRAPH_NAMES,
  identifierVariable,
  integerVariable,
  originsVariable,
  parseEnv,
  postgresUrl,
  unsetWhenEmpty,
} from '@wohnnetz/service-kit';

export const REPO_ROOT = join(__dirname, '../../..');

/** So long that `<prefix>_<service>` is a whole database name for every service. */
const MAX_PREFIX_LENGTH =
  MAX_DATABASE_NAME_LENGTH - 1 - Math.max(...SUBGRAPH_NAMES.map((name) => name.length));

/** Configuration of `pnpm start` and `pnpm reset`. */
export const hubEnvSchema = z.object({
  /** An existing PostgreSQL server; when unset, an embedded one is started. */
  DATABASE_URL: unsetWhenEmpty(postgresUrl().optional()),
  DATABASE_PREFIX: unsetWhenEmpty(
    identifierVariable(
      MAX_PREFIX_LENGTH,
      `<prefix>_<service> is a database name, at most ${MAX_DATABASE_NAME_LENGTH}`,
    ).default('wohnnetz'),
  ),
  EMBEDDED_POSTGRES_DIR: unsetWhenEmpty(z.string().default(join(REPO_ROOT, '.data/postgres'))),
  EMBEDDED_POSTGRES_PORT: unsetWhenEmpty(integerVariable(1, 65535, 25432)),
  DEMO_HOUSEHOLDS: unsetWhenEmpty(integerVariable(1, 10_000, 36)),
  /** Web origins of front ends that may call the gateway from a browser (CORS). */
  CORS_ALLOWED_ORIGINS: originsVariable(),
});

export const hubEnv = () => parseEnv('hub', hubEnvSchema);
