/**
 * What consent enforcement costs (`pnpm bench`; prints figures, asserts nothing about time).
 *
 * Two whole hubs run in this process on one PostgreSQL server: one as in production, one with
 * `withoutConsentEnforcementForBenchmark` (no shield, no guard). Both hold the same 100 demo
 * households and the same consent grants (every consentable category for the requesting agency
 * and purpose), so every guarded value is released and both answer the `HouseholdCaseContexts`
 * operation of the typed client with the same data (checked before measuring). Then it measures
 *
 * - the latency of `HouseholdCaseContexts(first: 100)` through each gateway, requests sent one at
 *   a time, the two hubs alternating within each round;
 * - per gateway request, for 1, 10 and 100 households: the HTTP calls that reached the consent
 *   registry's decision endpoint, the access-log entries they wrote, and the SQL statements of
 *   each subgraph.
 *
 * Registry calls are counted where they arrive: Node's `http.server.request.start` diagnostics
 * channel reports every request an HTTP server of this process receives; calls to the decision
 * endpoint of the hub's registry are attributed to a gateway request by the request id (`rid`)
 * of the gateway token they carry. No production code is involved.
 *
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server; the
 * databases are created under a fresh prefix and dropped at the end, also after a failure or
 * Ctrl-C. BENCH_REQUESTS (default 200) and BENCH_WARMUP (default 20) set the request counts.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { print } from 'graphql';
import {
  HouseholdCaseContextsDocument,
  type HouseholdCaseContextsQuery,
  type HouseholdCaseContextsQueryVariables,
} from '@wohnnetz/client';
import { DECISIONS_PATH } from '@wohnnetz/consent-enforcement';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { demoHouseholds } from '@wohnnetz/demo-data';
import { loadDevIssuer, type DevIssuer } from '@wohnnetz/gateway';
import { databaseNameOf, startHub, type RunningHub } from '@wohnnetz/hub';
import { SUBGRAPH_NAMES, dropDatabase, type SubgraphName } from '@wohnnetz/service-kit';
import { hasDataEverywhere, recordConsentsOperation } from '@wohnnetz/testing';
import { startHubProcesses } from './hub-processes';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const HOUSEHOLDS = 100;
const REQUESTS = positiveInteger('BENCH_REQUESTS', 200);
const WARMUP = positiveInteger('BENCH_WARMUP', 20);
/** Each count is taken this often; they must agree (they do not depend on timing). */
const COUNT_REPETITIONS = 3;
const AGENCY = 'housing-dortmund';
const PURPOSE = 'CASE_COORDINATION';
const QUERY = print(HouseholdCaseContextsDocument);

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

type HubLabel = 'enforced' | 'unenforced';

/** How a hub's services run: all in this process, or one process per service. */
type Topology = 'one process' | 'process per service';

interface BenchHub {
  label: HubLabel;
  gatewayUrl: string;
  /** With one process per service: the CPU time (ms) each service process has used so far. */
  cpuTime?: () => Promise<Record<string, number>>;
}

/** A hub in this process: its subgraphs' counters can be read. */
interface InProcessHub extends BenchHub {
  hub: RunningHub;
}

type Page = HouseholdCaseContextsQuery['households'];

// ---------------------------------------------------------------------------------------------
// Starting and always cleaning up

const prefixes = new Map<HubLabel, string>();
const running: { close(): Promise<void> }[] = [];
/** The development issuer's key and the gateways' signing keys of this run. */
const workDir = mkdtempSync(join(tmpdir(), 'wohnnetz-bench-'));
let cleaning: Promise<void> | undefined;

async function stopRunningHubs(): Promise<void> {
  for (const hub of running.splice(0)) {
    await hub.close().catch((error: unknown) => console.error('stopping a hub failed:', error));
  }
}

/** Stops the hubs and drops every database this run created; runs once. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await stopRunningHubs();
    rmSync(workDir, { recursive: true, force: true });
    for (const prefix of prefixes.values()) {
      for (const name of SUBGRAPH_NAMES) {
        await dropDatabase(SERVER_URL, databaseNameOf(prefix, name)).catch((error: unknown) =>
          console.error(`dropping ${databaseNameOf(prefix, name)} failed:`, error),
        );
      }
    }
  })();
  return cleaning;
}

/** A hub with all services in this process, on new databases (migrated and seeded). */
async function startInProcessHub(label: HubLabel, issuer: DevIssuer): Promise<InProcessHub> {
  const prefix = `wn_bench_${randomBytes(5).toString('hex')}_${label.slice(0, 2)}`;
  // Registered before starting: a start that fails half-way leaves databases behind.
  prefixes.set(label, prefix);
  const hub = await startHub({
    serverUrl: SERVER_URL,
    databasePrefix: prefix,
    ports: 'ephemeral',
    demoHouseholds: HOUSEHOLDS,
    mode: 'test',
    userTokens: { issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys },
    withoutConsentEnforcementForBenchmark: label === 'unenforced',
  });
  running.push(hub);
  return { label, hub, gatewayUrl: `${hub.gateway.url}/graphql` };
}

/** A hub with one process per service, on the databases of the in-process hub of that label. */
async function startProcessHub(label: HubLabel): Promise<BenchHub> {
  const hub = await startHubProcesses({
    serverUrl: SERVER_URL,
    databasePrefix: prefixes.get(label)!,
    households: HOUSEHOLDS,
    withoutConsentEnforcementForBenchmark: label === 'unenforced',
    issuerDir: workDir,
    workDir,
  });
  running.push(hub);
  return { label, gatewayUrl: hub.gatewayUrl, cpuTime: () => hub.cpuTime() };
}

// ---------------------------------------------------------------------------------------------
// Requests

interface Response<Data> {
  status: number;
  /** The gateway's X-Request-Id: the request id in its tokens and in the access log. */
  requestId: string | null;
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts an operation to a gateway as the benchmark's agency user, declaring its purpose. */
async function post<Data>(
  hub: BenchHub,
  token: string,
  query: string,
  variables: object,
): Promise<Response<Data>> {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'x-purpose': PURPOSE,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Response<Data>, 'status' | 'requestId'>;
  return { ...body, status: response.status, requestId: response.headers.get('x-request-id') };
}

const caseContexts = (
  hub: BenchHub,
  token: string,
  variables: HouseholdCaseContextsQueryVariables,
) => post<HouseholdCaseContextsQuery>(hub, token, QUERY, variables);

/** The page, or an exception naming the hub and the errors. */
function pageOf(hub: BenchHub, response: Response<HouseholdCaseContextsQuery>): Page {
  if (response.status !== 200 || response.errors || !response.data) {
    throw new Error(
      `${hub.label} hub answered ${response.status}: ${JSON.stringify(response.errors)?.slice(0, 500)}`,
    );
  }
  return response.data.households;
}

/**
 * The same grants in both hubs, through the gateway's recordConsent mutation (ten a request, the
 * alias limit): every consentable category, for the benchmark's agency and purpose, valid from a
 * fixed instant, so that both hubs release the same.
 */
async function recordConsents(hub: BenchHub, token: string, validFrom: string): Promise<void> {
  const categories = [...consentPolicy().consentableCategories];
  const ids = demoHouseholds(HOUSEHOLDS).map((household) => household.id);
  for (let start = 0; start < ids.length; start += 10) {
    const batch = ids.slice(start, start + 10);
    const { mutation, variables } = recordConsentsOperation(batch, {
      agencyId: AGENCY,
      categories,
      purposes: [PURPOSE],
      validFrom,
      grantorName: 'Benchmark Grantor',
      referencePrefix: 'BENCH',
      firstNumber: start,
    });
    const response = await post<Record<string, { id: string }>>(hub, token, mutation, variables);
    if (response.errors || !response.data) {
      throw new Error(
        `recording consents in the ${hub.label} hub failed: ${JSON.stringify(response.errors)}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Latency

interface Summary {
  mean: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const middle = sorted.length / 2;
  return {
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    median:
      sorted.length % 2 === 1
        ? sorted[Math.floor(middle)]!
        : (sorted[middle - 1]! + sorted[middle]!) / 2,
    p95: at(0.95),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

async function timed(hub: BenchHub, token: string): Promise<number> {
  const started = performance.now();
  const response = await caseContexts(hub, token, { first: HOUSEHOLDS });
  const elapsed = performance.now() - started;
  if (pageOf(hub, response).nodes.length !== HOUSEHOLDS) {
    throw new Error(`${hub.label} hub returned a short page`);
  }
  return elapsed;
}

/** Rounds of one request per hub; the hub that goes first alternates from round to round. */
async function latencies(hubs: BenchHub[], token: string, rounds: number) {
  const samples = new Map<HubLabel, number[]>(hubs.map((hub) => [hub.label, []]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? hubs : [...hubs].reverse();
    for (const hub of order) samples.get(hub.label)!.push(await timed(hub, token));
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------
// Counts per gateway request

interface DecisionCall {
  registryPort: number;
  /** The gateway request the call belongs to (`rid` of its gateway token). */
  requestId: string;
  /** The subgraph that asked (`aud` of its gateway token). */
  subgraph: string;
}

const decisionCalls: DecisionCall[] = [];

function claimsOf(authorization: string | undefined): { rid?: unknown; aud?: unknown } {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      rid?: unknown;
      aud?: unknown;
    };
  } catch {
    return {};
  }
}

/** Sees every HTTP request any server of this process receives; keeps the decision calls. */
function observeDecisionCall(message: unknown): void {
  const { request, server } = message as { request: IncomingMessage; server: Server };
  if (request.method !== 'POST' || request.url !== DECISIONS_PATH) return;
  const claims = claimsOf(request.headers.authorization);
  decisionCalls.push({
    registryPort: (server.address() as AddressInfo).port,
    requestId: typeof claims.rid === 'string' ? claims.rid : '',
    subgraph: typeof claims.aud === 'string' ? claims.aud : '?',
  });
}

interface RequestCounts {
  registryCalls: number;
  /** Registry calls by asking subgraph, e.g. "jobcenter 2". */
  registryCallsBySubgraph: string;
  /** Access-log records written (one per decision call) and the entries (decisions) they hold. */
  accessLogRecords: number;
  accessLogEntries: number;
  subgraphRequests: Record<SubgraphName, number>;
  statements: Record<SubgraphName, number>;
}

async function countOne(
  hub: InProcessHub,
  token: string,
  variables: HouseholdCaseContextsQueryVariables,
  households: number,
): Promise<RequestCounts> {
  const { subgraphs } = hub.hub;
  for (const name of SUBGRAPH_NAMES) {
    subgraphs[name].statements.reset();
    subgraphs[name].requests.reset();
  }
  decisionCalls.length = 0;
  const response = await caseContexts(hub, token, variables);
  // Read before anything else touches the databases.
  const statements = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, subgraphs[name].statements.total]),
  ) as Record<SubgraphName, number>;
  const subgraphRequests = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, subgraphs[name].requests.total]),
  ) as Record<SubgraphName, number>;
  if (pageOf(hub, response).nodes.length !== households) {
    throw new Error(`${hub.label} hub returned the wrong number of households`);
  }
  const requestId = response.requestId;
  if (!requestId) throw new Error('the gateway sent no x-request-id');
  const calls = decisionCalls.filter(
    (call) => call.registryPort === subgraphs.consent.port && call.requestId === requestId,
  );
  const bySubgraph = new Map<string, number>();
  for (const call of calls) bySubgraph.set(call.subgraph, (bySubgraph.get(call.subgraph) ?? 0) + 1);
  const rows = await subgraphs.consent.orm.em
    .getConnection()
    .execute<{ records: number; entries: number }[]>(
      // Entries are the decisions of the request's access-log records.
      `select count(*)::int as records,
              coalesce(sum(jsonb_array_length(decisions)), 0)::int as entries
         from access_log_record where request_id = ?`,
      [requestId],
    );
  return {
    registryCalls: calls.length,
    registryCallsBySubgraph:
      [...bySubgraph.entries()]
        .sort(([a], [b]) => SUBGRAPH_NAMES.indexOf(a as never) - SUBGRAPH_NAMES.indexOf(b as never))
        .map(([name, count]) => `${name} ${count}`)
        .join(', ') || '—',
    accessLogRecords: rows[0]?.records ?? 0,
    accessLogEntries: rows[0]?.entries ?? 0,
    subgraphRequests,
    statements,
  };
}

/** Counts one request COUNT_REPETITIONS times; the counts must not vary. */
async function counts(
  hub: InProcessHub,
  token: string,
  variables: HouseholdCaseContextsQueryVariables,
  households: number,
): Promise<RequestCounts> {
  const first = await countOne(hub, token, variables, households);
  for (let i = 1; i < COUNT_REPETITIONS; i += 1) {
    const again = await countOne(hub, token, variables, households);
    if (!isDeepStrictEqual(again, first)) {
      throw new Error(
        `${hub.label}, ${households} households: counts vary between identical requests: ${JSON.stringify({ first, again })}`,
      );
    }
  }
  return first;
}

// ---------------------------------------------------------------------------------------------
// Reporting

function machine(serverVersion: string): string[] {
  const freeH = (() => {
    try {
      return execFileSync('free', ['-h'], { encoding: 'utf8' }).trimEnd();
    } catch {
      return '(free not available)';
    }
  })();
  return [
    `- CPU: ${cpus()[0]?.model ?? 'unknown'}; nproc ${availableParallelism()}`,
    `- memory (free -h):`,
    '```',
    freeH,
    '```',
    `- Node.js ${process.version} (${process.platform}/${process.arch})`,
    `- PostgreSQL: ${serverVersion} at ${new URL(SERVER_URL).host}`,
  ];
}

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const ms = (value: number) => value.toFixed(1);

function table(header: string[], rows: (string | number)[][]): string[] {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

// ---------------------------------------------------------------------------------------------

/** Both hubs answer without errors and with the same data: every guarded value is released. */
async function identicalAnswers(hubs: BenchHub[], token: string): Promise<Page> {
  const answers = new Map<HubLabel, Page>();
  for (const hub of hubs) {
    answers.set(hub.label, pageOf(hub, await caseContexts(hub, token, { first: HOUSEHOLDS })));
  }
  const enforcedPage = answers.get('enforced')!;
  if (!isDeepStrictEqual(enforcedPage, answers.get('unenforced'))) {
    throw new Error('the two hubs answer differently: not every guarded value is released');
  }
  const bytes = JSON.stringify(enforcedPage).length;
  console.log(
    `answers identical: yes — ${enforcedPage.nodes.length} households, no errors in either hub, ` +
      `data deep-equal (${(bytes / 1024).toFixed(0)} KiB JSON; of the consents, how many concern the agency)`,
  );
  return enforcedPage;
}

interface Measurement {
  summary: Map<HubLabel, Summary>;
  loadBefore: string;
  loadAfter: string;
  /** Per hub with one process per service: CPU time (ms) per request, by service. */
  cpuPerRequest: Map<HubLabel, Record<string, number>>;
}

/** The CPU time each service process of the hubs has used so far (hubs in this process: none). */
async function cpuTimes(hubs: BenchHub[]): Promise<Map<HubLabel, Record<string, number>>> {
  const times = new Map<HubLabel, Record<string, number>>();
  for (const hub of hubs) if (hub.cpuTime) times.set(hub.label, await hub.cpuTime());
  return times;
}

async function measure(hubs: BenchHub[], token: string): Promise<Measurement> {
  console.log(`warming up: ${WARMUP} requests per hub …`);
  await latencies(hubs, token, WARMUP);
  console.log(`measuring: ${REQUESTS} requests per hub, alternating …`);
  const loadBefore = loadAverage();
  const cpuBefore = await cpuTimes(hubs);
  const samples = await latencies(hubs, token, REQUESTS);
  const cpuAfter = await cpuTimes(hubs);
  const loadAfter = loadAverage();
  const summary = new Map([...samples].map(([label, values]) => [label, summarise(values)]));
  // A hub's processes serve only its own requests, so their CPU time over the rounds is its own.
  const cpuPerRequest = new Map(
    [...cpuAfter].map(([label, after]) => {
      const before = cpuBefore.get(label)!;
      const perRequest = Object.fromEntries(
        Object.entries(after).map(([name, ms]) => [name, (ms - before[name]!) / REQUESTS]),
      );
      return [label, perRequest] as const;
    }),
  );
  return { summary, loadBefore, loadAfter, cpuPerRequest };
}

/** Where the CPU time of a request goes, service by service, in both hubs. */
function cpuReport(topology: Topology, cpuPerRequest: Measurement['cpuPerRequest']): string[] {
  const on = cpuPerRequest.get('enforced');
  const off = cpuPerRequest.get('unenforced');
  if (!on || !off) return [];
  const services = Object.keys(on);
  const total = (record: Record<string, number>) =>
    services.reduce((sum, name) => sum + record[name]!, 0);
  return [
    `CPU time per request of each service process, ms (user + system, over the ${REQUESTS} measured requests; PostgreSQL not included) — ${topology}:`,
    '',
    ...table(
      ['hub', ...services, 'total'],
      [
        ['enforced', ...services.map((name) => ms(on[name]!)), ms(total(on))],
        ['unenforced', ...services.map((name) => ms(off[name]!)), ms(total(off))],
        [
          'difference',
          ...services.map((name) => ms(on[name]! - off[name]!)),
          ms(total(on) - total(off)),
        ],
      ],
    ),
    '',
  ];
}

function latencyReport(
  topology: Topology,
  { summary, loadBefore, loadAfter, cpuPerRequest }: Measurement,
) {
  const on = summary.get('enforced')!;
  const off = summary.get('unenforced')!;
  const met = on.median / off.median <= 1.25 && on.mean / off.mean <= 1.25;
  return [
    `### Latency of HouseholdCaseContexts(first: ${HOUSEHOLDS}), ms — ${topology}, ${REQUESTS} sequential requests per hub after ${WARMUP} warm-up, alternating`,
    '',
    `load average (1/5/15 min) before and after measuring: ${loadBefore}; ${loadAfter}`,
    '',
    ...table(
      ['hub', 'mean', 'median', 'p95', 'min', 'max'],
      [...summary].map(([label, s]) => [
        label,
        ms(s.mean),
        ms(s.median),
        ms(s.p95),
        ms(s.min),
        ms(s.max),
      ]),
    ),
    '',
    `enforced/unenforced (${topology}): median ${(on.median / off.median).toFixed(2)}×, ` +
      `mean ${(on.mean / off.mean).toFixed(2)}×, p95 ${(on.p95 / off.p95).toFixed(2)}× ` +
      `(target ≤ 1.25×: ${met ? 'met' : 'NOT met'})`,
    '',
    ...cpuReport(topology, cpuPerRequest),
  ];
}

async function main(): Promise<void> {
  const issuer = await loadDevIssuer(workDir);
  const token = await issuer.mint({ agencyId: AGENCY });
  console.log(
    `starting two hubs with ${HOUSEHOLDS} demo households each on ${new URL(SERVER_URL).host}, ` +
      `all services in this process …`,
  );
  const enforced = await startInProcessHub('enforced', issuer);
  const unenforced = await startInProcessHub('unenforced', issuer);
  const hubs = [enforced, unenforced];
  const version = await enforced.hub.subgraphs.housing.orm.em
    .getConnection()
    .execute<{ server_version: string }[]>('show server_version');
  const serverVersion = version[0]?.server_version ?? 'unknown';

  // The same grants in both hubs: they release the data, and are counted in the answer
  // (Household.consents' totalCount).
  const validFrom = new Date(Date.now() - 60_000).toISOString();
  for (const hub of hubs) await recordConsents(hub, token, validFrom);

  const enforcedPage = await identicalAnswers(hubs, token);
  const measurements = new Map<Topology, Measurement>();
  measurements.set('one process', await measure(hubs, token));

  // Counts per request, for 1 household (one with data in every subgraph), 10 and 100.
  const complete = enforcedPage.nodes.findIndex(hasDataEverywhere);
  if (complete < 0) throw new Error('no demo household has data in every subgraph');
  const sizes: { households: number; cursorOf: (hub: BenchHub) => Promise<string | null> }[] = [
    {
      households: 1,
      cursorOf: async (hub) =>
        complete === 0
          ? null
          : pageOf(hub, await caseContexts(hub, token, { first: complete })).pageInfo.endCursor,
    },
    { households: 10, cursorOf: () => Promise.resolve(null) },
    { households: 100, cursorOf: () => Promise.resolve(null) },
  ];
  const countRows: { households: number; label: HubLabel; counts: RequestCounts }[] = [];
  subscribe('http.server.request.start', observeDecisionCall);
  try {
    for (const size of sizes) {
      for (const hub of hubs) {
        const after = await size.cursorOf(hub);
        const variables = { first: size.households, after };
        countRows.push({
          households: size.households,
          label: hub.label,
          counts: await counts(hub, token, variables, size.households),
        });
      }
    }
  } finally {
    unsubscribe('http.server.request.start', observeDecisionCall);
  }
  if (!countRows.some((row) => row.label === 'enforced' && row.counts.registryCalls > 0)) {
    throw new Error(
      'no registry call was observed: the counting does not see the decision endpoint',
    );
  }

  // The same hubs (same databases, same grants) again, each service in a process of its own.
  await stopRunningHubs();
  console.log('starting the same two hubs again, one process per service …');
  const processHubs = [await startProcessHub('enforced'), await startProcessHub('unenforced')];
  await identicalAnswers(processHubs, token);
  measurements.set('process per service', await measure(processHubs, token));
  await stopRunningHubs();

  const sum = (record: Record<SubgraphName, number>) =>
    SUBGRAPH_NAMES.reduce((total, name) => total + record[name], 0);
  const report = [
    `## Consent enforcement benchmark — ${new Date().toISOString()}`,
    '',
    ...machine(serverVersion),
    `- command: DATABASE_URL=${SERVER_URL} pnpm bench (BENCH_REQUESTS=${REQUESTS}, BENCH_WARMUP=${WARMUP}, NODE_ENV=${process.env.NODE_ENV})`,
    '',
    ...[...measurements].flatMap(([topology, measurement]) => latencyReport(topology, measurement)),
    '### Per gateway request (identical on every repetition; one process)',
    '',
    ...table(
      [
        'households',
        'hub',
        'registry calls',
        'by asking subgraph',
        'access-log records',
        'access-log entries',
        'subgraph GraphQL requests',
      ],
      countRows.map(({ households, label, counts: c }) => [
        households,
        label,
        c.registryCalls,
        c.registryCallsBySubgraph,
        c.accessLogRecords,
        c.accessLogEntries,
        sum(c.subgraphRequests),
      ]),
    ),
    '',
    '### SQL statements per subgraph per gateway request (one process)',
    '',
    ...table(
      ['households', 'hub', ...SUBGRAPH_NAMES, 'total'],
      countRows.map(({ households, label, counts: c }) => [
        households,
        label,
        ...SUBGRAPH_NAMES.map((name) => c.statements[name]),
        sum(c.statements),
      ]),
    ),
  ];
  console.log(`\n${report.join('\n')}\n`);
}

let exitCode = 0;
let interruptedBy: NodeJS.Signals | undefined;
// Kept registered (not `once`): Apollo Server, outside NODE_ENV=test, re-raises the signal after
// stopping, which must not end the process before the databases are dropped.
const interrupted = (signal: NodeJS.Signals) => {
  if (interruptedBy) return;
  interruptedBy = signal;
  console.error(`${signal}: stopping the hubs and dropping the benchmark's databases …`);
  void cleanUp().finally(() => process.exit(130));
};
process.on('SIGINT', interrupted);
process.on('SIGTERM', interrupted);
// As under jest (the test hub): Apollo Server then adds no signal handlers of its own.
process.env.NODE_ENV ??= 'test';

main()
  .catch((error: unknown) => {
    // After Ctrl-C, the requests in flight fail as the hubs stop: no news.
    if (!interruptedBy) console.error('benchmark failed:', error);
    exitCode = 1;
  })
  .finally(async () => {
    await cleanUp();
    process.exit(exitCode);
  });
