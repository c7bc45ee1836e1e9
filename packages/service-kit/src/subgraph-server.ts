import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { DocumentNode } from 'graphql';
import { requestIdFrom, type BaseContext } from './context';
import { formatServiceError } from './errors';
import { createHttpServer, listen, type RunningService } from './http-service';

export interface SubgraphDefinition<Context extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  /** The subgraph's resolver map, typed by its codegen output. */
  resolvers: object;
  /** Adds the subgraph's own per-request state (its DataLoaders) to the base context. */
  createContext: (base: BaseContext) => Context;
}

export interface SubgraphServerOptions {
  orm: MikroORM;
  /** Largest accepted request body. */
  bodyLimit?: string;
}

/**
 * Builds a subgraph's HTTP service: GraphQL on /graphql and a health check on /health that
 * also checks the service's database.
 */
export async function startSubgraph<Context extends BaseContext>(
  definition: SubgraphDefinition<Context>,
  options: SubgraphServerOptions,
  port: number,
): Promise<RunningService> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);
  const schema = buildSubgraphSchema([
    { typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap },
  ]);
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: formatServiceError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await options.orm.em.getConnection().execute('select 1');
      res.json({ service: definition.name, status: 'ok' });
    } catch {
      res.status(503).json({ service: definition.name, status: 'database unavailable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve(
          definition.createContext({
            em: options.orm.em.fork(),
            requestId: requestIdFrom(req.headers['x-request-id']),
          }),
        ),
    }),
  );

  const bound = await listen(httpServer, port);
  return {
    ...bound,
    close: async () => {
      await apollo.stop();
    },
  };
}
