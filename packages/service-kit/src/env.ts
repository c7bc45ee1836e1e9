import { z } from 'zod';
import { GATEWAY_PORT, SUBGRAPH_PORTS } from './topology';

/** Raised when the environment does not describe a runnable service; lists every problem at once. */
export class EnvironmentError extends Error {
  constructor(service: string, problems: string[]) {
    super(`${service}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** Variables whose default serves development and tests only, with that default. */
const developmentDefaults = new WeakMap<z.ZodType, string>();

/**
 * Variables that must be set in production (NODE_ENV=production): those whose default is a
 * development one (developmentDefault), which would point a deployment at this very machine.
 */
function missingInProduction(shape: z.ZodRawShape, source: NodeJS.ProcessEnv): string[] {
  if (source.NODE_ENV !== 'production') return [];
  return Object.entries(shape).flatMap(([name, variable]) => {
    const fallback = developmentDefaults.get(variable as z.ZodType);
    return fallback !== undefined && source[name] === undefined
      ? [`${name}: required in production (its default, ${fallback}, is for development and tests)`]
      : [];
  });
}

/**
 * Parses the environment against a zod object schema and fails fast with a message naming each
 * variable that is missing or malformed (in production also each one left at a development
 * default).
 */
export function parseEnv<Shape extends z.ZodRawShape>(
  service: string,
  schema: z.ZodObject<Shape>,
  source: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  const result = schema.safeParse(source);
  const problems = [
    ...(result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...missingInProduction(schema.shape, source),
  ];
  if (problems.length > 0) throw new EnvironmentError(service, problems);
  return result.data!;
}

/** An empty variable counts as unset (`VAR= pnpm start` is the same as no VAR). */
export const unsetWhenEmpty = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

/**
 * A whole number from min to max, written in decimal digits; unset: the default. Anything else is
 * named with what is expected and what was given ("must be a whole number from 1 to 10000, got
 * 'abc'"), not as zod's "expected number, received NaN".
 */
export const integerVariable = (min: number, max: number, defaultValue: number) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return defaultValue;
      const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
      if (!Number.isSafeInteger(number) || number < min || number > max) {
        context.addIssue({
          code: 'custom',
          message: `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
        });
        return z.NEVER;
      }
      return number;
    });

export const portVariable = (defaultPort: number) => integerVariable(0, 65535, defaultPort);

/**
 * A URL the service calls over HTTP: http:// or https:// only (`housing:4101` is a URL too, of a
 * scheme nobody answers). The value is not repeated in the message: it may carry a password.
 */
export const httpUrl = () =>
  z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

const NOT_POSTGRES = 'must be a postgres:// or postgresql:// URL';

/** A PostgreSQL server's URL, as node-postgres reads it: postgres:// or postgresql://. */
export const postgresUrl = () =>
  z
    .url({ protocol: /^postgres(ql)?$/, error: NOT_POSTGRES, abort: true })
    // `postgres:db` is a URL of that scheme too, but names no server.
    .refine((value) => /^postgres(ql)?:\/\//i.test(value), { error: NOT_POSTGRES });

/**
 * A variable whose default (localhost, most likely) serves development and tests only: in
 * production parseEnv requires it to be set.
 */
export function developmentDefault(schema: z.ZodURL, defaultValue: string) {
  const variable = schema.default(defaultValue);
  developmentDefaults.set(variable, defaultValue);
  return variable;
}

/** An http(s) URL; unset: the default outside production, an error in production. */
export const httpUrlVariable = (developmentUrl: string) =>
  developmentDefault(httpUrl(), developmentUrl);

/** "true"/"1" or "false"/"0"; anything else is a configuration error. */
export const booleanVariable = (defaultValue: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(defaultValue ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

/**
 * A comma-separated list of web origins (`https://app.example.org`, `http://localhost:5173`):
 * scheme, host and port only. Empty or unset: none.
 */
export const originsVariable = () =>
  z
    .string()
    .default('')
    .transform((value, context) => {
      const origins = value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== '');
      for (const origin of origins) {
        let parsed: URL | undefined;
        try {
          parsed = new URL(origin);
        } catch {
          parsed = undefined;
        }
        if (!parsed || !/^https?:$/.test(parsed.protocol)) {
          context.addIssue({
            code: 'custom',
            message: `${origin} is no origin (http(s)://host[:port], nothing after it)`,
          });
        } else if (parsed.origin !== origin) {
          // Browsers send the origin in this one spelling; anything else would never match.
          const hint =
            parsed.pathname === '/' && !parsed.search && !parsed.hash && !parsed.username
              ? `write it as ${parsed.origin}`
              : 'http(s)://host[:port], nothing after it';
          context.addIssue({ code: 'custom', message: `${origin} is no origin: ${hint}` });
        }
      }
      return origins;
    });

/**
 * PostgreSQL's longest name (NAMEDATALEN - 1 bytes). A longer one is cut to it without an error,
 * so two names that differ only after it would name one database.
 */
export const MAX_DATABASE_NAME_LENGTH = 63;

/**
 * A database name, or its start (`why` says which): lower-case letters, digits and underscores,
 * not starting with a digit, at most `maxLength` characters.
 */
export const identifierVariable = (maxLength: number, why: string) =>
  z
    .string()
    .regex(
      /^[a-z_][a-z0-9_]*$/,
      'lower-case letters, digits and underscores only, not starting with a digit',
    )
    .max(maxLength, `at most ${maxLength} characters (${why})`);

/** The PostgreSQL server every service connects to unless told otherwise. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Variables every subgraph reads: its port and its own database on the shared server. The URLs'
 * defaults (this machine) are for development and tests: production names each. Without the
 * checks across variables (subgraphEnvSchema): a command that reads only some picks them here.
 */
export function subgraphEnvVariables(service: string, defaultPort: number) {
  return z.object({
    PORT: portVariable(defaultPort),
    DATABASE_URL: developmentDefault(postgresUrl(), DEFAULT_DATABASE_URL),
    /**
     * The same server as the role that owns the service's tables (migrates, seeds, grants
     * DATABASE_URL's role its rights); unset, DATABASE_URL's role does that and owns them.
     */
    MIGRATION_DATABASE_URL: unsetWhenEmpty(postgresUrl().optional()),
    DATABASE_NAME: identifierVariable(
      MAX_DATABASE_NAME_LENGTH,
      'a longer name PostgreSQL cuts short',
    ).default(`wohnnetz_${service}`),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SEED_DEMO_DATA: booleanVariable(false),
    /** Where the gateway publishes the public keys of its subgraph-call tokens. */
    GATEWAY_JWKS_URL: httpUrlVariable(`http://localhost:${GATEWAY_PORT}/.well-known/jwks.json`),
    /** The consent registry that decides guarded fields (the consent subgraph's base URL). */
    CONSENT_REGISTRY_URL: httpUrlVariable(`http://localhost:${SUBGRAPH_PORTS.consent}`),
  });
}

/** The variables a subgraph reads (subgraphEnvVariables), checked also against each other. */
export function subgraphEnvSchema(service: string, defaultPort: number) {
  return (
    subgraphEnvVariables(service, defaultPort)
      // Checked even when another variable is malformed, so that one start names every problem.
      .superRefine(
        (env, context) => {
          // Fictional households, and in the registry the demo agencies (as taking part) and
          // consents naming them: nothing a real deployment may hold.
          if (env.NODE_ENV === 'production' && env.SEED_DEMO_DATA === true) {
            context.addIssue({
              code: 'custom',
              path: ['SEED_DEMO_DATA'],
              message: 'the fictional demo data is for development and tests, never production',
            });
          }
        },
        { when: () => true },
      )
  );
}
