/**
 * One service of a benchmark hub in a process of its own, as in a deployment (one container per
 * service): the benchmark's process-per-service topology. Started by `hub-processes.ts` with its
 * configuration in BENCH_SERVICE (JSON); reports `{ url }` to the parent once it listens, answers
 * CPU_USAGE_REQUEST with `{ cpuUsage }`, and stops when the parent disconnects or sends SIGTERM.
 */
import { httpDecisionService } from '@wohnnetz/consent-enforcement';
import { loadDevIssuer, startGateway } from '@wohnnetz/gateway';
import { SUBGRAPHS, registryDecidesLocally } from '@wohnnetz/hub';
import {
  exitOnStop,
  gatewayKeySet,
  loadGatewaySigningKeys,
  startSubgraphModule,
  type RunningService,
  type SubgraphName,
} from '@wohnnetz/service-kit';
import { CPU_USAGE_REQUEST } from './hub-processes';

/** A public JWKS, as the service kit takes the gateway's keys. */
export type JsonWebKeySet = Exclude<Parameters<typeof gatewayKeySet>[0], URL>;

export type ServiceConfig =
  | {
      kind: 'subgraph';
      name: SubgraphName;
      serverUrl: string;
      databaseName: string;
      households: number;
      /** The gateway's public keys for its subgraph-call tokens. */
      gatewayJwks: JsonWebKeySet;
      /** The consent registry's base URL (every subgraph but the registry itself). */
      registryUrl?: string;
      withoutConsentEnforcementForBenchmark: boolean;
    }
  | {
      kind: 'gateway';
      subgraphUrls: Record<SubgraphName, string>;
      /** A private JWKS file with the gateway's signing key. */
      signingKeysFile: string;
      /** The development issuer's directory (the parent mints the tokens with the same key). */
      issuerDir: string;
    };

async function start(config: ServiceConfig): Promise<RunningService> {
  if (config.kind === 'gateway') {
    const issuer = await loadDevIssuer(config.issuerDir);
    return startGateway({
      port: 0,
      mode: 'test',
      subgraphUrls: config.subgraphUrls,
      userTokens: { issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys },
      signingKeys: await loadGatewaySigningKeys(config.signingKeysFile),
    });
  }
  const module = SUBGRAPHS.find((candidate) => candidate.name === config.name);
  if (!module) throw new Error(`no subgraph ${config.name}`);
  return startSubgraphModule(module, {
    serverUrl: config.serverUrl,
    databaseName: config.databaseName,
    port: 0,
    seed: { households: config.households },
    gatewayKeys: gatewayKeySet(config.gatewayJwks),
    mode: 'test',
    decisions: config.registryUrl
      ? httpDecisionService(config.registryUrl)
      : registryDecidesLocally,
    withoutConsentEnforcementForBenchmark: config.withoutConsentEnforcementForBenchmark,
  });
}

async function main(): Promise<void> {
  const raw = process.env.BENCH_SERVICE;
  if (!raw || !process.send) throw new Error('run by the benchmark only (BENCH_SERVICE and IPC)');
  const service = await start(JSON.parse(raw) as ServiceConfig);
  exitOnStop(service, ['disconnect', 'SIGTERM']);
  // The benchmark asks each service for the CPU time it has used (hub-processes.ts).
  process.on('message', (message) => {
    if (message === CPU_USAGE_REQUEST) process.send?.({ cpuUsage: process.cpuUsage() });
  });
  process.send({ url: service.url });
}

main().catch((error: unknown) => {
  console.error('benchmark service failed to start:', error);
  process.exit(1);
});
