/**
 * Configuration: every service fails fast on a bad environment, and docker-compose.yml (which
 * cannot run on the development machines) describes the same services, ports and variables as
 * the code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  gatewayConfigFromEnv,
  gatewayEnvSchema,
  gatewayOptionsFrom,
  loadDevIssuer,
} from '@wohnnetz/gateway';
import { hubEnvSchema } from '@wohnnetz/hub';
import {
  EnvironmentError,
  GATEWAY_PORT,
  SUBGRAPH_NAMES,
  generateGatewaySigningKeys,
  loadGatewaySigningKeys,
  newPrivateSigningJwk,
  SUBGRAPH_PORTS,
  parseEnv,
  subgraphEnvSchema,
  subgraphUrlVariable,
} from '@wohnnetz/service-kit';
import { closedPort } from '@wohnnetz/testing';
import { parse } from 'yaml';

interface ComposeService {
  build?: string;
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
}

const compose = parse(readFileSync(join(__dirname, '../docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
/** The login roles docker/postgres-roles.sql creates. */
const initialRoles = [
  ...readFileSync(join(__dirname, '../docker/postgres-roles.sql'), 'utf8').matchAll(
    /^create role (\w+) login /gm,
  ),
].map((match) => match[1]!);

/** Every subgraph's URL, as a production gateway must be given them. */
const productionSubgraphUrls = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), `https://${name}.internal/graphql`]),
);

describe('environment parsing', () => {
  test('a subgraph starts with documented defaults', () => {
    const env = parseEnv('housing', subgraphEnvSchema('housing', 4001), {});
    expect(env).toMatchObject({
      PORT: 4001,
      DATABASE_NAME: 'wohnnetz_housing',
      NODE_ENV: 'development',
      SEED_DEMO_DATA: false,
    });
  });

  test('every bad variable is named in one clear error', () => {
    const parse = () =>
      parseEnv('housing', subgraphEnvSchema('housing', 4001), {
        PORT: 'eighty',
        DATABASE_URL: 'not a url',
        DATABASE_NAME: 'Robert"); drop table',
        SEED_DEMO_DATA: 'yes',
      });
    expect(parse).toThrow(EnvironmentError);
    expect(parse).toThrow(/housing: invalid configuration/);
    for (const variable of ['PORT', 'DATABASE_URL', 'DATABASE_NAME', 'SEED_DEMO_DATA']) {
      expect(parse).toThrow(new RegExp(`- ${variable}:`));
    }
  });

  test('a bad number names its variable, what it must be and what it got', () => {
    const hub = (environment: NodeJS.ProcessEnv) => () =>
      parseEnv('hub', hubEnvSchema, environment);
    expect(hub({ DEMO_HOUSEHOLDS: 'abc' })).toThrow(
      '- DEMO_HOUSEHOLDS: must be a whole number from 1 to 10000, got "abc"',
    );
    for (const bad of ['0', '10001', '1.5', '-3', '1e3', '0x10', '12 households']) {
      expect(hub({ DEMO_HOUSEHOLDS: bad })).toThrow(
        `- DEMO_HOUSEHOLDS: must be a whole number from 1 to 10000, got ${JSON.stringify(bad)}`,
      );
    }
    expect(hub({ EMBEDDED_POSTGRES_PORT: '5432x' })).toThrow(
      '- EMBEDDED_POSTGRES_PORT: must be a whole number from 1 to 65535, got "5432x"',
    );
    expect(hub({ DEMO_HOUSEHOLDS: '12', EMBEDDED_POSTGRES_PORT: '' })()).toMatchObject({
      DEMO_HOUSEHOLDS: 12,
      EMBEDDED_POSTGRES_PORT: 25432,
    });
    expect(hub({})()).toMatchObject({ DEMO_HOUSEHOLDS: 36 });
    expect(() =>
      parseEnv('housing', subgraphEnvSchema('housing', 4001), { PORT: '70000' }),
    ).toThrow('- PORT: must be a whole number from 0 to 65535, got "70000"');
    expect(parseEnv('housing', subgraphEnvSchema('housing', 4001), { PORT: '0' }).PORT).toBe(0);
    expect(() => gatewayConfigFromEnv({ PORT: 'eighty' })).toThrow(
      '- PORT: must be a whole number from 0 to 65535, got "eighty"',
    );
  });

  test('a database name PostgreSQL would cut short (over 63 bytes) is refused, not shared', () => {
    // PostgreSQL cuts a longer name to 63 bytes without an error: services whose names differ
    // only after that would share one database, and `pnpm reset` would not find it.
    const longest = Math.max(...SUBGRAPH_NAMES.map((name) => name.length));
    const prefixOf = (length: number) => 'p'.repeat(length);
    const fitting = prefixOf(63 - 1 - longest);
    expect(parseEnv('hub', hubEnvSchema, { DATABASE_PREFIX: fitting }).DATABASE_PREFIX).toBe(
      fitting,
    );
    expect(() => parseEnv('hub', hubEnvSchema, { DATABASE_PREFIX: `${fitting}p` })).toThrow(
      `- DATABASE_PREFIX: at most ${63 - 1 - longest} characters (<prefix>_<service> is a database name, at most 63)`,
    );
    const subgraph = (name: string) =>
      parseEnv('housing', subgraphEnvSchema('housing', 4001), { DATABASE_NAME: name });
    expect(subgraph('d'.repeat(63)).DATABASE_NAME).toBe('d'.repeat(63));
    expect(() => subgraph('d'.repeat(64))).toThrow(
      '- DATABASE_NAME: at most 63 characters (a longer name PostgreSQL cuts short)',
    );
  });

  test('a database name or prefix that starts with a digit is refused saying so', () => {
    expect(() => parseEnv('hub', hubEnvSchema, { DATABASE_PREFIX: '1hub' })).toThrow(
      '- DATABASE_PREFIX: lower-case letters, digits and underscores only, not starting with a digit',
    );
    expect(() =>
      parseEnv('housing', subgraphEnvSchema('housing', 4001), { DATABASE_NAME: '2housing' }),
    ).toThrow(
      '- DATABASE_NAME: lower-case letters, digits and underscores only, not starting with a digit',
    );
  });

  test('the gateway reads one URL per subgraph', () => {
    const config = gatewayConfigFromEnv({ HOUSING_URL: 'http://housing.internal:9001/graphql' });
    expect(config.port).toBe(GATEWAY_PORT);
    expect(config.subgraphUrls.housing).toBe('http://housing.internal:9001/graphql');
    expect(config.subgraphUrls.consent).toBe('http://localhost:4006/graphql');
    expect(() => gatewayConfigFromEnv({ CONSENT_URL: 'consent' })).toThrow(/CONSENT_URL/);
  });

  test('outside production the gateway trusts the development issuer', () => {
    expect(gatewayConfigFromEnv({}).userTokens.kind).toBe('development');
    // An empty DEV_ISSUER_DIR counts as unset, as for `pnpm dev-token` and `pnpm start`.
    expect(gatewayConfigFromEnv({ DEV_ISSUER_DIR: '' }).userTokens).toEqual(
      gatewayConfigFromEnv({}).userTokens,
    );
  });

  test('CORS_ALLOWED_ORIGINS: a list of origins, none by default', () => {
    expect(gatewayConfigFromEnv({}).corsOrigins).toEqual([]);
    expect(
      gatewayConfigFromEnv({
        CORS_ALLOWED_ORIGINS: 'https://app.example.org, http://localhost:5173',
      }).corsOrigins,
    ).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(() =>
      gatewayConfigFromEnv({ CORS_ALLOWED_ORIGINS: 'https://app.example.org/path,*' }),
    ).toThrow(/CORS_ALLOWED_ORIGINS: https:\/\/app.example.org\/path is no origin/);
    // Browsers send an origin in one spelling only: the one to write is named.
    expect(() =>
      gatewayConfigFromEnv({ CORS_ALLOWED_ORIGINS: 'HTTPS://App.Example.org/' }),
    ).toThrow(/is no origin: write it as https:\/\/app.example.org/);
  });

  test('an empty AUTH_ISSUER is unset: the development issuer, nothing contradictory', () => {
    expect(gatewayConfigFromEnv({ AUTH_ISSUER: '', AUTH_JWKS_URL: '' }).userTokens.kind).toBe(
      'development',
    );
    const external = gatewayConfigFromEnv({
      AUTH_ISSUER: 'https://idp.example.org',
      AUTH_JWKS_URL: 'https://idp.example.org/certs',
      AUTH_AUDIENCE: '',
    });
    expect(external.userTokens).toMatchObject({ kind: 'external', audience: 'wohnnetz' });
  });

  test('in production the demo data is refused: fictional households and agencies in a real registry', () => {
    // compose's own advice for production (NODE_ENV=production everywhere) keeps its SEED_DEMO_DATA.
    const environment = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://wohnnetz_consent@db.internal:5432/postgres',
      GATEWAY_JWKS_URL: 'https://gateway.internal/.well-known/jwks.json',
      CONSENT_REGISTRY_URL: 'https://consent.internal',
    };
    const subgraph = (extra: NodeJS.ProcessEnv) => () =>
      parseEnv('consent', subgraphEnvSchema('consent', 4006), { ...environment, ...extra });
    for (const value of ['true', '1']) {
      expect(subgraph({ SEED_DEMO_DATA: value })).toThrow(
        '- SEED_DEMO_DATA: the fictional demo data is for development and tests, never production',
      );
    }
    // Named beside any other problem, in one error.
    expect(subgraph({ SEED_DEMO_DATA: 'true', PORT: 'x' })).toThrow(
      /- PORT:.*\n.*- SEED_DEMO_DATA:/s,
    );
    expect(subgraph({ SEED_DEMO_DATA: 'false' })()).toMatchObject({ SEED_DEMO_DATA: false });
    expect(
      parseEnv('consent', subgraphEnvSchema('consent', 4006), { SEED_DEMO_DATA: 'true' }),
    ).toMatchObject({ SEED_DEMO_DATA: true });
  });

  test('in production nothing defaults to this machine: one error names every URL left unset', () => {
    const production = { NODE_ENV: 'production' };
    const required = (variable: string) => new RegExp(`- ${variable}: required in production`);
    const gateway = () =>
      gatewayConfigFromEnv({
        ...production,
        AUTH_ISSUER: 'https://idp.example.org',
        AUTH_JWKS_URL: 'https://idp.example.org/certs',
        HOUSING_URL: 'https://housing.internal/graphql',
      });
    for (const name of SUBGRAPH_NAMES.filter((name) => name !== 'housing')) {
      expect(gateway).toThrow(required(subgraphUrlVariable(name)));
    }
    expect(gateway).not.toThrow(required('HOUSING_URL'));
    expect(gateway).toThrow(
      '- CONSENT_URL: required in production (its default, http://localhost:4006/graphql, is for development and tests)',
    );
    const subgraph = (environment: NodeJS.ProcessEnv) => () =>
      parseEnv('housing', subgraphEnvSchema('housing', 4001), { ...production, ...environment });
    for (const variable of ['DATABASE_URL', 'GATEWAY_JWKS_URL', 'CONSENT_REGISTRY_URL']) {
      expect(subgraph({})).toThrow(required(variable));
    }
    // Set explicitly, the same values are taken: it is the silent default that is refused.
    expect(
      subgraph({
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
        GATEWAY_JWKS_URL: 'http://localhost:4000/.well-known/jwks.json',
        CONSENT_REGISTRY_URL: 'http://localhost:4006',
      })(),
    ).toMatchObject({ NODE_ENV: 'production', CONSENT_REGISTRY_URL: 'http://localhost:4006' });
    // Development and tests keep the defaults.
    for (const NODE_ENV of ['development', 'test', undefined]) {
      expect(gatewayConfigFromEnv({ NODE_ENV }).subgraphUrls.consent).toBe(
        'http://localhost:4006/graphql',
      );
      expect(parseEnv('housing', subgraphEnvSchema('housing', 4001), { NODE_ENV })).toMatchObject({
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
        GATEWAY_JWKS_URL: 'http://localhost:4000/.well-known/jwks.json',
        CONSENT_REGISTRY_URL: 'http://localhost:4006',
      });
    }
  });

  test('a URL the services call is http(s), a database URL postgres(ql):// — named without its value', () => {
    const gateway = () =>
      gatewayConfigFromEnv({
        JOBCENTER_URL: 'housing:4101',
        WELFARE_URL: 'ftp://welfare.internal/graphql',
        AUTH_ISSUER: 'https://idp.example.org',
        AUTH_JWKS_URL: 'file:///etc/jwks.json',
      });
    for (const variable of ['JOBCENTER_URL', 'WELFARE_URL', 'AUTH_JWKS_URL']) {
      expect(gateway).toThrow(`- ${variable}: must be an http:// or https:// URL`);
    }
    const subgraph = () =>
      parseEnv('housing', subgraphEnvSchema('housing', 4001), {
        DATABASE_URL: 'mysql://root:secret@db.internal/housing',
        MIGRATION_DATABASE_URL: 'postgres:housing',
        GATEWAY_JWKS_URL: 'gateway:4000',
        CONSENT_REGISTRY_URL: 'consent:4006',
      });
    for (const variable of ['DATABASE_URL', 'MIGRATION_DATABASE_URL']) {
      expect(subgraph).toThrow(`- ${variable}: must be a postgres:// or postgresql:// URL\n`);
    }
    for (const variable of ['GATEWAY_JWKS_URL', 'CONSENT_REGISTRY_URL']) {
      expect(subgraph).toThrow(`- ${variable}: must be an http:// or https:// URL`);
    }
    expect(subgraph).not.toThrow(/secret/);
    expect(() => parseEnv('hub', hubEnvSchema, { DATABASE_URL: 'localhost:5432' })).toThrow(
      '- DATABASE_URL: must be a postgres:// or postgresql:// URL',
    );
    expect(
      parseEnv('housing', subgraphEnvSchema('housing', 4001), {
        DATABASE_URL: 'postgresql://wohnnetz@db.internal:5432/postgres?sslmode=require',
        CONSENT_REGISTRY_URL: 'https://consent.internal',
      }),
    ).toMatchObject({ CONSENT_REGISTRY_URL: 'https://consent.internal' });
  });

  test('the gateway names a malformed variable and a missing combination at once', () => {
    const parse = () => gatewayConfigFromEnv({ PORT: 'x', NODE_ENV: 'production' });
    expect(parse).toThrow(/- PORT:/);
    expect(parse).toThrow(/- AUTH_ISSUER: required in production/);
  });

  test('in production the development issuer is off: a real issuer is required', () => {
    expect(() => gatewayConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_ISSUER/);
    const config = gatewayConfigFromEnv({
      ...productionSubgraphUrls,
      NODE_ENV: 'production',
      AUTH_ISSUER: 'https://idp.example.org/realms/wohnnetz',
      AUTH_JWKS_URL: 'https://idp.example.org/realms/wohnnetz/certs',
    });
    expect(config.userTokens).toMatchObject({
      kind: 'external',
      issuer: 'https://idp.example.org/realms/wohnnetz',
      audience: 'wohnnetz',
    });
    expect(() =>
      gatewayConfigFromEnv({
        AUTH_ISSUER: 'https://idp.example.org',
        AUTH_JWKS_FILE: 'a',
        AUTH_JWKS_URL: 'https://b.example.org',
      }),
    ).toThrow(/exactly one of AUTH_JWKS_URL and AUTH_JWKS_FILE/);
  });
});

describe('a broken key file is named with what it is for', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wohnnetz-keys-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  /** Loads these keys as the gateway's signing-key file; `where` is how a refusal names it. */
  const signingKeysFile = () => {
    const file = join(dir, 'keys.json');
    const load = (keys: unknown[]) => {
      writeFileSync(file, JSON.stringify({ keys }));
      return loadGatewaySigningKeys(file);
    };
    return { load, where: `the gateway's signing keys (GATEWAY_SIGNING_KEYS_FILE=${file})` };
  };

  test("the gateway's signing keys: cut off, or missing", async () => {
    const file = join(dir, 'keys.json');
    writeFileSync(file, '{"keys": [');
    await expect(loadGatewaySigningKeys(file)).rejects.toThrow(
      `the gateway's signing keys (${file}) is not valid JSON`,
    );
    await expect(loadGatewaySigningKeys(join(dir, 'none.json'))).rejects.toThrow(
      /the gateway's signing keys \(.*none\.json\) cannot be read: ENOENT/,
    );
  });

  test("the gateway's signing keys: a key whose private part is not its public part's is refused at start", async () => {
    const { load, where } = signingKeysFile();
    const [good, other] = [await newPrivateSigningJwk(), await newPrivateSigningJwk()];
    // `d` of another key: it imports, but what it signs the published key does not verify. The
    // second key is checked as well, not only the one that signs.
    await expect(load([good, { ...other, d: good.d }])).rejects.toThrow(
      `${where}: key ${other.kid}: its private part (d) does not belong to its public part (x, y), so subgraphs would refuse every call it signs`,
    );
    // `x` of another key: no point of the curve, which jose alone reports without naming anything.
    await expect(load([{ ...good, x: other.x }])).rejects.toThrow(
      `${where}: key ${good.kid} is not a usable EC P-256 key: Invalid JWK EC key`,
    );
    await expect(load([good, other])).resolves.toMatchObject({ active: { kid: good.kid } });
  });

  test("the gateway's signing keys: two keys with one kid are refused at start", async () => {
    const { load, where } = signingKeysFile();
    const [good, other] = [await newPrivateSigningJwk(), await newPrivateSigningJwk()];
    // A subgraph picks the key by the token's kid: with two keys under one kid (another key, or
    // the same one pasted twice during a rotation) jose refuses every token as ambiguous, so
    // the gateway would start and have every subgraph call refused.
    await expect(load([good, { ...other, kid: good.kid }])).rejects.toThrow(
      `${where}: key ${good.kid} is listed more than once: subgraphs pick a key by its kid and would refuse every call signed with it`,
    );
    await expect(load([good, other, good])).rejects.toThrow(
      `${where}: key ${good.kid} is listed more than once`,
    );
  });

  test("the issuer's keys (AUTH_JWKS_FILE): a key that is none, or a private key, is refused at start", async () => {
    const file = join(dir, 'jwks.json');
    const config = (keys: unknown[]) => {
      writeFileSync(file, JSON.stringify({ keys }));
      return gatewayOptionsFrom(
        gatewayConfigFromEnv({ AUTH_ISSUER: 'https://idp.example.org', AUTH_JWKS_FILE: file }),
      );
    };
    await expect(config([{ kty: 'EC', kid: 'broken' }])).rejects.toThrow(
      `the issuer's keys (${file}): key broken is not a usable public key`,
    );
    await expect(config([])).rejects.toThrow(/must be a JWKS with at least one key/);
    // A private key (the issuer's, or the gateway's own) has no place in the file.
    const privateJwk = await newPrivateSigningJwk();
    await expect(config([privateJwk])).rejects.toThrow(
      `the issuer's keys (${file}): key ${privateJwk.kid} is a private key (it has a d member): AUTH_JWKS_FILE must hold the issuer's public keys only`,
    );
    const { publicJwks } = await generateGatewaySigningKeys();
    await expect(config([...publicJwks.keys, privateJwk])).rejects.toThrow(/is a private key/);
    await expect(config(publicJwks.keys)).resolves.toMatchObject({
      userTokens: { issuer: 'https://idp.example.org' },
    });
  });

  test("the development issuer's key: not JSON, or not a key", async () => {
    const file = join(dir, 'signing-key.json');
    writeFileSync(file, '');
    await expect(loadDevIssuer(dir)).rejects.toThrow(
      `the development issuer's key (delete it to make a new one) (${file}) is not valid JSON`,
    );
    writeFileSync(file, '{}');
    await expect(loadDevIssuer(dir)).rejects.toThrow(
      /\(delete it to make a new one\) .* is not a key/,
    );
  });

  test('the development issuer makes its key on first use, and keeps it', async () => {
    const issuerDir = join(dir, 'issuer');
    await loadDevIssuer(issuerDir);
    const key = readFileSync(join(issuerDir, 'signing-key.json'), 'utf8');
    await loadDevIssuer(issuerDir);
    expect(readFileSync(join(issuerDir, 'signing-key.json'), 'utf8')).toBe(key);
  });
});

describe('docker-compose.yml matches the code', () => {
  test('it runs PostgreSQL, the six subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['postgres', 'gateway', ...SUBGRAPH_NAMES].sort(),
    );
  });

  test.each(SUBGRAPH_NAMES)('%s: its variables are the ones the code reads, valid', (name) => {
    const service = compose.services[name]!;
    const { SERVICE, ...environment } = service.environment ?? {};
    expect(SERVICE).toBe(name);
    const schema = subgraphEnvSchema(name, SUBGRAPH_PORTS[name]);
    expect(Object.keys(environment).sort()).toEqual(Object.keys(schema.shape).sort());
    expect(environment.GATEWAY_JWKS_URL).toBe('http://gateway:4000/.well-known/jwks.json');
    const env = parseEnv(name, schema, environment);
    expect(env.PORT).toBe(SUBGRAPH_PORTS[name]);
    // Reached by the gateway on the compose network only: no port on the host.
    expect(service.ports).toBeUndefined();
    expect(new URL(env.DATABASE_URL).hostname).toBe('postgres');
    // A role of its own, made when the database initialises; the owner migrates.
    const role = new URL(env.DATABASE_URL).username;
    expect(initialRoles).toContain(role);
    expect(new URL(env.MIGRATION_DATABASE_URL!).hostname).toBe('postgres');
    expect(new URL(env.MIGRATION_DATABASE_URL!).username).not.toBe(role);
  });

  test("PostgreSQL makes the services' roles when it initialises", () => {
    expect(compose.services.postgres!.volumes).toContain(
      './docker/postgres-roles.sql:/docker-entrypoint-initdb.d/10-roles.sql:ro',
    );
    expect(new Set(initialRoles).size).toBe(SUBGRAPH_NAMES.length);
  });

  test('the gateway: its port and one URL per subgraph service', () => {
    const service = compose.services.gateway!;
    const { SERVICE, ...environment } = service.environment ?? {};
    expect(SERVICE).toBe('gateway');
    const known = Object.keys(gatewayEnvSchema.shape);
    expect(Object.keys(environment).filter((key) => !known.includes(key))).toEqual([]);
    const config = gatewayConfigFromEnv(environment);
    expect(service.ports).toEqual([`${config.port}:${config.port}`]);
    for (const name of SUBGRAPH_NAMES) {
      expect(environment[subgraphUrlVariable(name)]).toBe(
        `http://${name}:${SUBGRAPH_PORTS[name]}/graphql`,
      );
    }
  });
});

describe('pnpm dev-token', () => {
  const token = (...args: string[]) => {
    try {
      const stdout = execFileSync(
        process.execPath,
        ['--import', 'tsx', join(__dirname, '../gateway/src/token-cli.ts'), ...args],
        { cwd: join(__dirname, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      return { code: 0, output: stdout };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { code: failed.status, output: failed.stderr };
    }
  };

  test('--help shows the usage', () => {
    const shown = token('--help');
    expect(shown.code).toBe(0);
    expect(shown.output).toMatch(/^usage: pnpm dev-token/);
  });

  test('the command as the README writes it reaches the script (pnpm gives `pnpm token` to npm)', () => {
    const stdout = execFileSync('pnpm', ['dev-token', '--help'], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(stdout).toMatch(/^usage: pnpm dev-token/m);
  });

  test('a role not meant for the agency is refused: such a token could do nothing', () => {
    const refused = token('--agency', 'landlord-hagen-gmbh', '--role', 'caseworker');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/the role "caseworker" is not meant for a LANDLORD/);
  });

  test.each(['0s', '31d', '8x'])('--expires-in %s is refused', (lifetime) => {
    const refused = token('--agency', 'housing-dortmund', '--expires-in', lifetime);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/--expires-in takes a duration from 1s to 30d/);
  });
});

describe('a PostgreSQL that cannot be reached', () => {
  test('a subgraph names the server it looked for, without the password, and exits', async () => {
    const port = await closedPort();
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(__dirname, '../subgraphs/jobcenter/src/index.ts')],
        {
          cwd: join(__dirname, '..'),
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${port}/postgres`,
          },
        },
      );
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain(
      `cannot connect to PostgreSQL at postgres://postgres:***@127.0.0.1:${port}/postgres: connect ECONNREFUSED`,
    );
    expect(failure?.stderr).not.toContain('secret');
  });
});

describe('pnpm -s signing-key', () => {
  test('prints a JWKS file the gateway loads: a private P-256 key that signs, published without its private part', async () => {
    const stdout = execFileSync('pnpm', ['-s', 'signing-key'], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const dir = mkdtempSync(join(tmpdir(), 'wohnnetz-signing-key-'));
    try {
      const file = join(dir, 'keys.json');
      writeFileSync(file, stdout);
      const keys = await loadGatewaySigningKeys(file);
      const [published] = keys.publicJwks.keys;
      expect(published).toMatchObject({ kty: 'EC', crv: 'P-256', kid: keys.active.kid });
      expect(published).not.toHaveProperty('d');
      // The published key is the public part of the one that signs.
      const publicPart = createPublicKey(keys.active.privateKey as KeyObject).export({
        format: 'jwk',
      });
      expect(published).toMatchObject({ x: publicPart.x, y: publicPart.y });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--help prints the usage, an unknown option is refused with it: neither prints a key', () => {
    const run = (args: string[]) =>
      spawnSync('pnpm', ['-s', 'signing-key', ...args], {
        cwd: join(__dirname, '..'),
        encoding: 'utf8',
      });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: pnpm -s signing-key > keys.json/);
    expect(help.stdout).not.toContain('"d"');
    const unknown = run(['--kid', 'x']);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain("Unknown option '--kid'");
    expect(unknown.stderr).toContain('usage: pnpm -s signing-key');
  });
});
