import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { consentPolicy } from '@wohnnetz/consent-policy';
import {
  MAX_BODY_SIZE,
  MAX_SUBGRAPH_BODY_BYTES,
  acceptsGraphQLResponse,
  createHttpServer,
  createServiceApp,
  formatServiceError,
  internalErrors,
  jsonBodyErrors,
  listen,
  notFound,
  oneOperation,
  postOnly,
  jsonRequestsOnly,
  requestIdOnInternalErrors,
  sendError,
  type GatewaySigningKeys,
  type RunningService,
  type ServiceMode,
  type SubgraphName,
} from '@wohnnetz/service-kit';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { declaredPurpose, PURPOSE_HEADER } from './auth/purpose';
import { createUserTokenVerifier, type UserTokenConfig } from './auth/user-token-verifier';
import { LIMITS, LIMIT_EXTENSION, limitOf, operationLimits, type OperationLimits } from './limits';
import type { GatewayContext } from './request-context';
import { operationChecks } from './operation-checks';
import { SignedDataSource } from './signed-data-source';

export const SUPERGRAPH_PATH = join(__dirname, '../../schema/supergraph.graphql');
export const JWKS_PATH = '/.well-known/jwks.json';

export interface GatewayOptions {
  port: number;
  /** The interface to listen on; all by default (see ListenOptions of the service kit). */
  host?: string;
  mode: ServiceMode;
  /** Where each subgraph's GraphQL endpoint is; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Who issues agency users' tokens, and with which keys. */
  userTokens: UserTokenConfig;
  /** Keys for signing subgraph calls; their public part is served at /.well-known/jwks.json. */
  signingKeys: GatewaySigningKeys;
  /** Operation limits; the defaults (LIMITS) unless given. */
  limits?: Partial<OperationLimits>;
  /**
   * Largest subgraph call the gateway sends, in bytes: by default, and at most, what a subgraph
   * accepts (MAX_SUBGRAPH_BODY_BYTES). A larger call is refused with RESULT_TOO_LARGE.
   */
  maxSubgraphCallBytes?: number;
  /**
   * Web origins whose front ends may call the gateway from a browser (CORS); none by default, so
   * only a front end served from the gateway's own origin (behind the same proxy) can.
   */
  corsOrigins?: readonly string[];
  supergraphSdl?: string;
}

/** Reports limit violations with their own code and adds the request id to every error. */
function formatGatewayError(formatted: GraphQLFormattedError, error: unknown) {
  const limit = limitOf(formatted);
  if (limit) {
    const { [LIMIT_EXTENSION]: _limit, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: limit.message,
      extensions: { ...extensions, code: limit.code },
    };
  }
  return formatServiceError(formatted, error);
}

/**
 * Refuses a request with more than one Authorization header: Node keeps the first, a proxy in
 * front may read another, and the two would disagree about who asks.
 */
function singleAuthorization(req: Request, res: Response, next: NextFunction): void {
  const count = req.rawHeaders.filter(
    (value, index) => index % 2 === 0 && value.toLowerCase() === 'authorization',
  ).length;
  if (count <= 1) return next();
  sendError(res, 400, 'send one Authorization header', 'BAD_REQUEST');
}

/**
 * Outside development, a client's error names nothing of the schema it did not write:
 * graphql-js's "did you mean" for a misspelt enum value in a variable is left out too (Apollo's
 * hideSchemaDetailsFromClientErrors covers only validation).
 */
function withoutSuggestions(formatted: GraphQLFormattedError, error: unknown) {
  const message = formatted.message.replace(/ ?Did you mean(.+?)\?$/, '');
  return formatGatewayError({ ...formatted, message }, error);
}

/**
 * Names the request id (the X-Request-Id header's) in each error's extensions and in the answer's
 * own `extensions.requestId`, so that a client reads it beside data too: urql, like most GraphQL
 * clients, shows no headers of a successful answer (ADR 0028).
 */
const requestIdInAnswers: ApolloServerPlugin<GatewayContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response, contextValue }) => {
        if (response.body.kind !== 'single') return Promise.resolve();
        const result = response.body.singleResult;
        for (const error of result.errors ?? []) {
          (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        }
        result.extensions = { ...result.extensions, requestId: contextValue.requestId };
        return Promise.resolve();
      },
    }),
};

/**
 * Starts the gateway: authenticates agency users, requires a declared purpose, enforces the
 * operation limits, plans queries over the composed supergraph and signs each subgraph call.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  // @apollo/gateway reports anonymous usage data unless this is set when it is constructed.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const policy = consentPolicy();
  const production = options.mode === 'production';
  const maxCallBytes = options.maxSubgraphCallBytes ?? MAX_SUBGRAPH_BODY_BYTES;
  if (
    !Number.isInteger(maxCallBytes) ||
    maxCallBytes < 1 ||
    maxCallBytes > MAX_SUBGRAPH_BODY_BYTES
  ) {
    throw new Error(
      `maxSubgraphCallBytes must be a whole number from 1 to ${MAX_SUBGRAPH_BODY_BYTES} (what subgraphs accept)`,
    );
  }
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`the supergraph names an unknown subgraph: ${name}`);
      return new SignedDataSource(name, url, options.signingKeys.active, maxCallBytes);
    },
  });
  const verifyUser = createUserTokenVerifier(options.userTokens, policy);
  const limits = operationLimits(production, { ...LIMITS, ...options.limits });

  const app = createServiceApp();
  const httpServer = createHttpServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.mode === 'development',
    includeStacktraceInErrorResponses: false,
    formatError: options.mode === 'development' ? formatGatewayError : withoutSuggestions,
    // Our own process handlers stop the services in order; Apollo's would stop this server
    // first, and the second stop() then never settles (the ORMs are never closed).
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    // No client of the hub uses them, and Apollo's cache would be shared by every user: a hit
    // tells one agency that another sent that very query text.
    persistedQueries: false,
    // Outside development (as introspection), no "did you mean" for a misspelt name or value.
    hideSchemaDetailsFromClientErrors: options.mode !== 'development',
    plugins: [
      operationChecks(),
      ...limits.plugins,
      requestIdInAnswers,
      requestIdOnInternalErrors<GatewayContext>(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ service: 'gateway', status: 'ok' });
  });
  app.get(JWKS_PATH, (_req, res) => {
    res.json(options.signingKeys.publicJwks);
  });
  // Answers hold personal data released for this request only: no cache may keep them. The
  // request id is given first, so that every answer names it (one refused before GraphQL runs
  // included).
  const requestIdFirst = (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('cache-control', 'no-store');
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  };
  if (options.corsOrigins?.length) {
    // Answers a preflight itself (204) and lets an allowed origin read the answer and its
    // request id; other origins get no CORS header, so browsers keep the answer from them.
    app.use(
      '/graphql',
      cors({
        origin: [...options.corsOrigins],
        methods: ['POST'],
        allowedHeaders: ['authorization', 'content-type', 'x-purpose', 'accept'],
        exposedHeaders: ['x-request-id', 'www-authenticate'],
        maxAge: 600,
      }),
    );
  }
  app.all('/graphql', requestIdFirst, postOnly, jsonRequestsOnly);
  app.post(
    '/graphql',
    acceptsGraphQLResponse,
    singleAuthorization,
    express.json({ limit: MAX_BODY_SIZE }),
    jsonBodyErrors,
    oneOperation,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const user = await verifyUser(req.headers.authorization, requestId);
        const purpose = declaredPurpose(req.headers[PURPOSE_HEADER], user, policy, requestId);
        return { user, purpose, requestId };
      },
    }),
  );

  app.use(notFound);
  app.use(internalErrors);

  const bound = await listen(httpServer, {
    service: 'gateway',
    port: options.port,
    host: options.host,
  });
  return { ...bound, close: () => apollo.stop() };
}

export { DEFAULT_DEV_ISSUER_DIR, gatewayConfigFromEnv, gatewayEnvSchema } from './env';
export * from './auth/dev-issuer';
export { gatewayOptionsFrom } from './gateway-options';
export { LIMITS, type OperationLimits } from './limits';
export { SUBGRAPH_TIMEOUT_MS } from './signed-data-source';
