/**
 * `pnpm start`: the whole hub on one machine. Starts PostgreSQL (embedded unless DATABASE_URL is
 * set), creates and migrates each service's database, loads the demo data once, starts the six
 * subgraphs and the gateway, and stops everything on Ctrl-C. `--help`: the usage.
 */
import { DEFAULT_DEV_ISSUER_DIR, loadDevIssuer } from '@wohnnetz/gateway';
import { SUBGRAPH_NAMES, describeForLog, holdDatabases } from '@wohnnetz/service-kit';
import { commandLine } from './command-line';
import { hubEnv } from './env';
import { databaseNameOf, startHub, type RunningHub } from './hub';

/** Variables of a production deployment, which `pnpm start` (development only) would ignore. */
const PRODUCTION_VARIABLES = [
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_JWKS_URL',
  'AUTH_JWKS_FILE',
  'GATEWAY_SIGNING_KEYS_FILE',
];

/**
 * `pnpm start` is the development hub (the development token issuer, introspection on): asked to
 * run in production, it refuses rather than run in development mode unnoticed.
 */
function refuseProductionSettings(): void {
  const set = [
    ...(process.env.NODE_ENV === 'production' ? ['NODE_ENV=production'] : []),
    ...PRODUCTION_VARIABLES.filter((name) => process.env[name]),
  ];
  if (set.length > 0) {
    throw new Error(
      `pnpm start runs the development hub and ignores ${set.join(', ')}: in production run each ` +
        'service on its own with NODE_ENV=production (README, Configuration; docs/security.md)',
    );
  }
}

const USAGE = `usage: pnpm start
Runs the development hub on this machine: PostgreSQL (an embedded one in EMBEDDED_POSTGRES_DIR,
or the server of DATABASE_URL), a database per service (<DATABASE_PREFIX>_<service>) with the
demo data loaded into empty ones, the six subgraphs on ports 4001–4006 and the gateway on port
4000, on 127.0.0.1 only, with the development token issuer (pnpm -s dev-token). Ctrl-C stops
everything. Refuses NODE_ENV=production and the gateway's production variables: in production
each service runs on its own (README, Configuration).`;

async function main(): Promise<void> {
  if (commandLine(USAGE).help) {
    console.log(USAGE);
    return;
  }
  refuseProductionSettings();
  const env = hubEnv();
  let stopPostgres: (() => Promise<void>) | undefined;
  /** For an embedded server: what to do when its cluster turns out half-made. */
  let halfMadeHint = '';
  let serverUrl = env.DATABASE_URL;
  if (!serverUrl) {
    const { HALF_MADE_HINT, startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
    halfMadeHint = HALF_MADE_HINT;
    console.log(
      `starting embedded PostgreSQL (data in ${env.EMBEDDED_POSTGRES_DIR}, port ${env.EMBEDDED_POSTGRES_PORT})`,
    );
    const postgres = await startEmbeddedPostgres({
      dataDir: env.EMBEDDED_POSTGRES_DIR,
      port: env.EMBEDDED_POSTGRES_PORT,
    });
    serverUrl = postgres.url;
    stopPostgres = () => postgres.stop();
  }

  // Locally the hub trusts the development issuer (`pnpm dev-token` mints its tokens).
  const devIssuer = await loadDevIssuer(process.env.DEV_ISSUER_DIR || DEFAULT_DEV_ISSUER_DIR);
  let hub: RunningHub;
  try {
    hub = await startHub({
      mode: 'development',
      userTokens: { issuer: devIssuer.issuer, audience: devIssuer.audience, keys: devIssuer.keys },
      serverUrl,
      databasePrefix: env.DATABASE_PREFIX,
      ports: 'default',
      demoHouseholds: env.DEMO_HOUSEHOLDS,
      corsOrigins: env.CORS_ALLOWED_ORIGINS,
    });
  } catch (error) {
    await stopPostgres?.();
    // A first start stopped during initdb leaves a cluster that runs but lacks its databases.
    if (
      halfMadeHint &&
      error instanceof Error &&
      /database ".*" does not exist/.test(error.message)
    ) {
      throw new Error(`${error.message} (${halfMadeHint})`, { cause: error });
    }
    throw error;
  }

  // `pnpm reset` refuses while these are open, also when the services' pools are idle.
  const mark = await holdDatabases(
    serverUrl,
    SUBGRAPH_NAMES.map((name) => databaseNameOf(env.DATABASE_PREFIX, name)),
  ).catch(async (error: unknown) => {
    await hub.close();
    await stopPostgres?.();
    throw error;
  });

  for (const name of SUBGRAPH_NAMES) {
    console.log(`  ${name.padEnd(10)} ${hub.subgraphs[name].url}/graphql`);
  }
  // The demo data goes only into empty databases: say what the hub holds now (nothing to stop
  // for where the count cannot be read).
  const counted = await hub.subgraphs.housing.orm.em
    .getConnection()
    .execute<{ households: number }[]>('select count(*)::int as households from household')
    .catch(() => []);
  if (counted[0]) {
    console.log(
      `  ${counted[0].households} households in the housing office's database (demo data is loaded into empty databases only; pnpm reset wipes them)`,
    );
  }
  console.log(`Wohnnetz gateway ready at ${hub.gateway.url}/graphql (Ctrl-C stops everything)`);
  console.log(
    '  a token for a demo agency: pnpm -s dev-token --agency housing-dortmund (all: pnpm -s dev-token --list)',
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('stopping…');
    // First: PostgreSQL may already be ending the marks (Ctrl-C reaches it too).
    const releasing = mark.release();
    await hub.close();
    await releasing;
    await stopPostgres?.();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(describeForLog(error));
  process.exit(1);
});
