import { z } from 'zod';
import {
  GATEWAY_PORT,
  SUBGRAPH_NAMES,
  defaultSubgraphUrl,
  parseEnv,
  portVariable,
  subgraphUrlVariable,
  urlVariable,
  type SubgraphName,
} from '@wohnnetz/service-kit';

const subgraphUrls = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), urlVariable(defaultSubgraphUrl(name))]),
);

export const gatewayEnvSchema = z.object({
  PORT: portVariable(GATEWAY_PORT),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ...subgraphUrls,
});

export interface GatewayConfig {
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
}

export function gatewayConfigFromEnv(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const env = parseEnv('gateway', gatewayEnvSchema, source) as Record<string, unknown>;
  return {
    port: env.PORT as number,
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, env[subgraphUrlVariable(name)] as string]),
    ) as Record<SubgraphName, string>,
  };
}
