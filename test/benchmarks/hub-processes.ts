/**
 * A benchmark hub with one process per service (six subgraphs and the gateway), as deployed: each
 * service has its own event loop, and they talk over HTTP only. Runs on databases that the
 * in-process hub of the same name already migrated and seeded (seeding is skipped then).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databaseNameOf } from '@wohnnetz/hub';
import { SUBGRAPH_NAMES, type SubgraphName } from '@wohnnetz/service-kit';
import type { JsonWebKeySet, ServiceConfig } from './service-process';

const SERVICE_ENTRY = join(__dirname, 'service-process.ts');
const START_TIMEOUT_MS = 60_000;
/** The message by which the benchmark asks a service process for its `process.cpuUsage()`. */
export const CPU_USAGE_REQUEST = 'cpu-usage';

export interface HubProcesses {
  gatewayUrl: string;
  /** CPU time (user + system, ms) each service process has used so far, by service name. */
  cpuTime: () => Promise<Record<string, number>>;
  close(): Promise<void>;
}

interface ServiceChild {
  name: string;
  process: ChildProcess;
}

/** The CPU time a service process has used, as it reports it. */
function cpuTimeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const answered = (message: { cpuUsage?: NodeJS.CpuUsage }) => {
      if (!message.cpuUsage) return;
      child.off('message', answered);
      resolve((message.cpuUsage.user + message.cpuUsage.system) / 1000);
    };
    child.on('message', answered);
    if (!child.send(CPU_USAGE_REQUEST)) reject(new Error('a service process is gone'));
  });
}

export interface HubProcessesOptions {
  serverUrl: string;
  databasePrefix: string;
  households: number;
  withoutConsentEnforcementForBenchmark: boolean;
  /** The development issuer's directory: the gateway trusts the tokens the benchmark mints. */
  issuerDir: string;
  /** A directory for the gateway's signing key file. */
  workDir: string;
}

function startService(config: ServiceConfig, children: ServiceChild[]): Promise<string> {
  const child = fork(SERVICE_ENTRY, [], {
    env: { ...process.env, BENCH_SERVICE: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const name = config.kind === 'gateway' ? 'gateway' : config.name;
  children.push({ name, process: child });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start in ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    child.once('message', (message: { url?: string }) => {
      clearTimeout(timer);
      if (typeof message.url === 'string') resolve(message.url);
      else reject(new Error(`${name} sent no url`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A signing key pair for the gateway, the private part written as a JWKS file. */
function signingKeys(workDir: string, label: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = `bench-${label}`;
  const file = join(workDir, `gateway-signing-keys-${label}.json`);
  writeFileSync(
    file,
    JSON.stringify({ keys: [{ ...privateKey.export({ format: 'jwk' }), kid }] }),
    {
      mode: 0o600,
    },
  );
  const publicJwks: JsonWebKeySet = {
    keys: [{ ...publicKey.export({ format: 'jwk' }), kty: 'EC', kid, alg: 'ES256', use: 'sig' }],
  };
  return { file, publicJwks };
}

/** Starts the registry, then the other subgraphs, then the gateway, each in its own process. */
export async function startHubProcesses(options: HubProcessesOptions): Promise<HubProcesses> {
  const children: ServiceChild[] = [];
  const close = async () => {
    await Promise.all(children.map((child) => stopChild(child.process)));
  };
  const cpuTime = async () =>
    Object.fromEntries(
      await Promise.all(
        children.map(async (child) => [child.name, await cpuTimeOf(child.process)] as const),
      ),
    );
  try {
    const keys = signingKeys(options.workDir, options.databasePrefix);
    const subgraph = (name: SubgraphName, registryUrl?: string) =>
      startService(
        {
          kind: 'subgraph',
          name,
          serverUrl: options.serverUrl,
          databaseName: databaseNameOf(options.databasePrefix, name),
          households: options.households,
          gatewayJwks: keys.publicJwks,
          registryUrl,
          withoutConsentEnforcementForBenchmark: options.withoutConsentEnforcementForBenchmark,
        },
        children,
      );
    const registryUrl = await subgraph('consent');
    const others = SUBGRAPH_NAMES.filter((name) => name !== 'consent');
    const urls = await Promise.all(others.map((name) => subgraph(name, registryUrl)));
    const subgraphUrls = Object.fromEntries([
      ['consent', `${registryUrl}/graphql`],
      ...others.map((name, index) => [name, `${urls[index]}/graphql`]),
    ]) as Record<SubgraphName, string>;
    const gatewayUrl = await startService(
      {
        kind: 'gateway',
        subgraphUrls,
        signingKeysFile: keys.file,
        issuerDir: options.issuerDir,
      },
      children,
    );
    return { gatewayUrl: `${gatewayUrl}/graphql`, cpuTime, close };
  } catch (error) {
    await close();
    throw error;
  }
}
