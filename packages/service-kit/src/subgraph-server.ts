import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  consentShield,
  createConsentGuard,
  type DecisionService,
  type GatewayCredentials,
} from '@wohnnetz/consent-enforcement';
import { consentPolicy } from '@wohnnetz/consent-policy';
import express, { type Express, type RequestHandler } from 'express';
import { applyMiddleware } from 'graphql-middleware';
import type { DocumentNode } from 'graphql';
import type { JWTVerifyGetKey } from 'jose';
import { accessLogBarrier } from './access-log-barrier';
import { requestIdFrom, type BaseContext } from './context';
import { describeForLog } from './error-log';
import { formatSubgraphError, requestIdOnInternalErrors } from './errors';
import { requireGatewayToken } from './gateway-authentication';
import { checkEntityRepresentations } from './entity-representations';
import { createHttpServer, listen, type RunningService } from './http-service';
import { createServiceApp } from './http-app';
import {
  MAX_SUBGRAPH_BODY_BYTES,
  acceptsGraphQLResponse,
  internalErrors,
  jsonBodyErrors,
  notFound,
  postOnly,
  jsonRequestsOnly,
} from './http-errors';
import type { Caller } from './internal-token';
import { Counter } from './orm';
import type { ConsentBinding } from './subgraph-module';
import { noServiceSdl } from './production-rules';
import { SUBGRAPH_NAMES } from './topology';

export interface SubgraphDefinition<Context extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  /** The subgraph's resolver map, typed by its codegen output. */
  resolvers: object;
  /** Adds the subgraph's own per-request state (its DataLoaders) to the base context. */
  createContext: (base: BaseContext) => Context;
  consent: ConsentBinding<Context>;
  /** Extra HTTP routes (the consent registry's decision endpoint). */
  routes?: (app: Express, deps: SubgraphDeps) => void;
  /** Decides this subgraph's own guarded fields in-process instead of asking the registry. */
  localDecisions?: (deps: SubgraphDeps) => DecisionService;
}

export interface SubgraphDeps {
  orm: MikroORM;
  gatewayKeys: JWTVerifyGetKey;
}

export type ServiceMode = 'development' | 'production' | 'test';

export interface SubgraphServerOptions {
  orm: MikroORM;
  /** The gateway's public keys: every request must carry a token signed with one of them. */
  gatewayKeys: JWTVerifyGetKey;
  /** Outside development, introspection and `_service` are off. */
  mode: ServiceMode;
  /** Where guarded fields get their decisions (the consent registry). */
  decisions: DecisionService;
  /**
   * Only the consent benchmark turns enforcement off, to measure what it costs; no configuration
   * variable reaches this.
   */
  withoutConsentEnforcementForBenchmark?: boolean;
}

function countRequest(counter: Counter): RequestHandler {
  return (_req, _res, next) => {
    counter.record();
    next();
  };
}

export interface RunningSubgraphServer extends RunningService {
  /** GraphQL requests that passed the gateway-token check. */
  requests: Counter;
}

/**
 * Builds a subgraph's HTTP service: GraphQL on /graphql, reachable only with a gateway token,
 * and a health check on /health that also checks the service's database.
 */
export async function startSubgraph<Context extends BaseContext>(
  definition: SubgraphDefinition<Context>,
  options: SubgraphServerOptions,
  port: number,
  host?: string,
): Promise<RunningSubgraphServer> {
  // A policy with an unknown name, or without this hub's subgraphs as owners, stops the service
  // here, not at its first decision.
  const policy = consentPolicy();
  policy.assertOwnersOf(SUBGRAPH_NAMES);
  const ownerKind = policy.ownerKindOf(definition.name);
  const app = createServiceApp();
  const httpServer = createHttpServer(app);
  const development = options.mode === 'development';
  const subgraphSchema = checkEntityRepresentations(
    buildSubgraphSchema([
      { typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap },
    ]),
  );
  const schema = options.withoutConsentEnforcementForBenchmark
    ? subgraphSchema
    : applyMiddleware(
        subgraphSchema,
        consentShield(subgraphSchema, {
          householdOf: definition.consent.householdOf,
          rootFields: definition.consent.rootFields,
          describeForLog,
          consentCouldRelease: (category, caller) =>
            policy.ruleFor(category, ownerKind, caller.agencyKind, caller.purpose).basis ===
            'consent',
        }),
      );
  const deps: SubgraphDeps = { orm: options.orm, gatewayKeys: options.gatewayKeys };
  const decisions = definition.localDecisions?.(deps) ?? options.decisions;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: development,
    validationRules: development ? [] : [noServiceSdl],
    includeStacktraceInErrorResponses: false,
    formatError: formatSubgraphError,
    // Our own process handlers stop the services in order; Apollo's would stop this server
    // first, and the second stop() then never settles (the ORMs are never closed).
    stopOnTerminationSignals: false,
    persistedQueries: false,
    hideSchemaDetailsFromClientErrors: !development,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Personal data carries no cache hints (and no per-field hint bookkeeping is paid for).
      ApolloServerPluginCacheControlDisabled(),
      // Nothing leaves before the decisions it was released with are in the access log.
      accessLogBarrier<Context>(),
      requestIdOnInternalErrors<Context>(),
    ],
  });
  await apollo.start();

  const requests = new Counter();
  app.get('/health', async (_req, res) => {
    try {
      await options.orm.em.getConnection().execute('select 1');
      res.json({ service: definition.name, status: 'ok' });
    } catch {
      res.status(503).json({ service: definition.name, status: 'database unavailable' });
    }
  });
  definition.routes?.(app, deps);
  app.all('/graphql', postOnly, jsonRequestsOnly);
  app.post(
    '/graphql',
    acceptsGraphQLResponse,
    express.json({ limit: MAX_SUBGRAPH_BODY_BYTES }),
    jsonBodyErrors,
    requireGatewayToken(definition.name, options.gatewayKeys),
    countRequest(requests),
    expressMiddleware(apollo, {
      context: ({ res }) => {
        const caller = res.locals.caller as Caller;
        const consent = createConsentGuard({
          subgraph: definition.name,
          caller,
          credentials: res.locals.credentials as GatewayCredentials,
          service: decisions,
          // The owners are looked up through the request's own loaders (defined just below).
          ownersOf: (householdIds) => definition.consent.ownersOf(context, householdIds),
        });
        const context = definition.createContext({
          em: options.orm.em.fork(),
          caller,
          consent,
          requestId: requestIdFrom(caller.requestId),
        });
        return Promise.resolve(context);
      },
    }),
  );

  app.use(notFound);
  app.use(internalErrors);

  const bound = await listen(httpServer, { service: definition.name, port, host });
  return { ...bound, requests, close: () => apollo.stop() };
}
