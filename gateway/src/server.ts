import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
  ApolloServerPluginSchemaReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createHttpServer,
  formatServiceError,
  listen,
  type RunningService,
  type SubgraphName,
} from '@wohnnetz/service-kit';
import express from 'express';

export const SUPERGRAPH_PATH = join(__dirname, '../../schema/supergraph.graphql');

export interface GatewayOptions {
  port: number;
  /** Where each subgraph's GraphQL endpoint is; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  supergraphSdl?: string;
}

/** Starts the gateway: the composed supergraph, query planning, one endpoint for the agencies. */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  // @apollo/gateway reports anonymous usage data unless this is set when it is constructed.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`the supergraph names an unknown subgraph: ${name}`);
      return new RemoteGraphQLDataSource({ url });
    },
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);
  const apollo = new ApolloServer({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: formatServiceError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ service: 'gateway', status: 'ok' });
  });
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));

  const bound = await listen(httpServer, options.port);
  return { ...bound, close: () => apollo.stop() };
}

export { gatewayConfigFromEnv, gatewayEnvSchema } from './env';
