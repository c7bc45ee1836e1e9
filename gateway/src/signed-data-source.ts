import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import {
  operationHash,
  quotedInput,
  signInternalToken,
  type SigningKey,
} from '@wohnnetz/service-kit';
import type { GatewayContext } from './request-context';

/**
 * How long the gateway waits for a subgraph's answer. A healthy call takes milliseconds to a
 * second or two (an access-log page over millions of entries); one still running after this is
 * answered as a service that did not answer, while the subgraph may go on working (each of its
 * calls to the consent registry waits at most REGISTRY_TIMEOUT_MS, 5 s, each wait for a database
 * connection at most CONNECTION_WAIT_MS, 5 s, and each of its statements at most
 * STATEMENT_TIMEOUT_MS, 8 s).
 */
export const SUBGRAPH_TIMEOUT_MS = 15_000;

/** Statuses of a proxy or load balancer in front of a subgraph that could not reach it. */
const NOT_REACHED_STATUSES = new Set([502, 503, 504]);

/** A call to a subgraph, as the data source is given it. */
type SubgraphRequest = GraphQLDataSourceProcessOptions<GatewayContext>['request'];

/** Whether a call asks its subgraph for a change: the gateway sends a mutation as one. */
const isMutation = (request: SubgraphRequest | undefined) =>
  /^\s*mutation\b/.test(request?.query ?? '');

type ErrorArguments = Parameters<RemoteGraphQLDataSource<GatewayContext>['didEncounterError']>;

/** At most this many of a refusal's errors are logged, each message cut to MAX_LOGGED_MESSAGE. */
const MAX_LOGGED_ERRORS = 5;
const MAX_LOGGED_MESSAGE = 500;

/**
 * Codes of refusals worded by the services' own HTTP and token checks, which quote nothing of the
 * call: their messages are logged. Any other refusal (Apollo's, a variable that does not fit,
 * whose message quotes the variable's value) is logged by its code alone.
 */
const OWN_WORDS_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'NOT_FOUND',
]);

/**
 * Why a subgraph refused a call, in its own words where they quote nothing of the call: the code
 * of each error its answer lists, and the message of those the services' own checks wrote (never
 * its data), quoted so that no line break or control character reaches the log.
 */
function refusalReasons(body: unknown): string {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return 'its answer names no errors';
  const reasons = errors.slice(0, MAX_LOGGED_ERRORS).map((error: unknown) => {
    const { message, extensions } = (error ?? {}) as {
      message?: unknown;
      extensions?: { code?: unknown };
    };
    const code = extensions?.code;
    const said =
      typeof message !== 'string'
        ? 'no message'
        : typeof code === 'string' && OWN_WORDS_CODES.has(code)
          ? quotedInput(message, MAX_LOGGED_MESSAGE)
          : 'message not logged: it may quote the call';
    if (typeof code !== 'string') return said;
    return `${said} (${/^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : quotedInput(code, 64)})`;
  });
  const more = errors.length - reasons.length;
  return `${reasons.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** A subgraph's refusal of a call, with what it said, logged once the request id is known. */
class SubgraphRefusal extends GraphQLError {
  constructor(
    subgraph: string,
    readonly detail: string,
  ) {
    super(`subgraph ${subgraph} refused the call`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
}

/**
 * Sends each subgraph call with a short-lived token for that subgraph and that very operation
 * (query, operation name and variables).
 * A refusal by a subgraph is the gateway's own fault (the user was checked here), so it is
 * reported as an internal error, never as the user's authentication error; the log has the
 * subgraph's reason (its errors' messages and codes) under the request id. A call larger than a
 * subgraph accepts is not sent: the size of the user's answer causes it (RESULT_TOO_LARGE). A
 * subgraph that does not answer (down, unreachable, no answer within SUBGRAPH_TIMEOUT_MS, an
 * answer that is no JSON) withholds its fields from this answer: SERVICE_UNAVAILABLE, naming it,
 * so that a client does not take their nulls for "no data"; a proxy's 502, 503 or 504 in its
 * place counts as not answering.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly signingKey: SigningKey,
    /** Largest call body to send (what the subgraph accepts, or less). */
    private readonly maxCallBytes: number,
    timeoutMs = SUBGRAPH_TIMEOUT_MS,
  ) {
    super({ url });
    // A subgraph that hangs withholds its fields like one that is down, instead of the request.
    const fetcher = this.fetcher;
    this.fetcher = (target, init) =>
      fetcher(target, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  }

  override async willSendRequest(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<void> {
    // The supergraph is static: the gateway calls subgraphs only for incoming operations.
    if (!('incomingRequestContext' in options)) {
      throw new Error(`unexpected ${options.kind} call to ${this.subgraph}`);
    }
    const { request, context, incomingRequestContext } = options;
    // Measured here, as RemoteGraphQLDataSource will send it: a subgraph refuses an oversized
    // body before reading it, so sending it would end in a reset connection, not an answer.
    const { http: _http, ...body } = request;
    if (Buffer.byteLength(JSON.stringify(body)) > this.maxCallBytes) {
      throw new GraphQLError(
        `the answer refers to more ${this.subgraph} entities than one subgraph call may carry: ask for fewer items`,
        { extensions: { code: 'RESULT_TOO_LARGE' } },
      );
    }
    const token = await signInternalToken(
      this.signingKey,
      this.subgraph,
      {
        actor: context.user.subject,
        agencyId: context.user.agencyId,
        agencyKind: context.user.agencyKind,
        roles: context.user.roles,
        purpose: context.purpose,
        requestId: context.requestId,
        operationType: incomingRequestContext.operation.operation,
      },
      operationHash(request.query ?? '', request.variables, request.operationName),
    );
    request.http?.headers.set('authorization', `Bearer ${token}`);
    request.http?.headers.set('x-request-id', context.requestId);
  }

  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    // A proxy's answer in the subgraph's place: not reached (didEncounterError answers for it).
    if (NOT_REACHED_STATUSES.has(response.status)) return error;
    const { body } = (error.extensions.response ?? {}) as { body?: unknown };
    return new SubgraphRefusal(
      this.subgraph,
      `answered ${response.status} ${response.statusText}: ${refusalReasons(body)}`,
    );
  }

  override didEncounterError(
    error: Error,
    _fetchRequest: ErrorArguments[1],
    fetchResponse?: ErrorArguments[2],
    context?: ErrorArguments[3],
    request?: SubgraphRequest,
  ): never {
    const during = context?.requestId ? ` (request ${context.requestId})` : '';
    if (error instanceof SubgraphRefusal) {
      console.error(`subgraph ${this.subgraph} refused the call${during}: ${error.detail}`);
      throw error;
    }
    const notReached =
      fetchResponse !== undefined && NOT_REACHED_STATUSES.has(fetchResponse.status);
    // Any other GraphQLError is the gateway's own, meant for the client as it is.
    if (error instanceof GraphQLError && !notReached) throw error;
    console.error(`subgraph ${this.subgraph} could not be called${during}: ${error.message}`);
    // A change may have been made before the answer was lost: a client must look before it
    // repeats a mutation (recordConsent would answer CONFLICT, withdrawConsent "already withdrawn").
    // An entity fetch after a mutation changes nothing: it may simply be asked again.
    const changing = isMutation(request);
    throw new GraphQLError(
      `the ${this.subgraph} service did not answer: its fields are null in this answer (withheld, not empty); ${
        changing
          ? 'whether it made the change asked for is unknown: look before repeating it'
          : 'ask again later'
      }`,
      { extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.subgraph } },
    );
  }
}
