import type { Decision, DecisionRequest } from '@wohnnetz/consent-policy';
import { StringDecoder } from 'node:string_decoder';
import { request } from 'undici';
import { decisionsFrom, encodeBatch, type DecisionAnswer, type LogOutcome } from './decision-wire';

/** Who asks, as the gateway's token names them. */
export interface ConsentCaller {
  /** The agency user (`sub` of their token). */
  actor: string;
  agencyId: string;
  agencyKind: string;
  roles: string[];
  purpose: string;
  requestId: string;
  /**
   * The kind of the gateway operation the call serves. Only a query cannot change a consent
   * while it runs (a subgraph's entity fetch after a mutation is a query, so this names the
   * gateway's operation, not the subgraph's).
   */
  operationType: 'query' | 'mutation' | 'subscription';
}

/**
 * The gateway's token and the operation it was issued for, as the subgraph received them: the
 * registry verifies both, so a subgraph cannot ask in anybody else's name.
 */
export interface GatewayCredentials {
  subgraph: string;
  token: string;
  /** `operationName` is `null` where the request named none. */
  operation: { query: string; operationName: string | null; variables: unknown };
}

/**
 * A batch's decisions, and the access-log write that records them. The decisions come as soon as
 * they are made; `logged` settles when the write is committed (or rejects when it failed). A
 * subgraph resolves with the decisions while the write runs, and sends nothing it released
 * before `logged` has settled successfully.
 */
export interface DecidedBatch {
  decisions: Decision[];
  logged: Promise<void>;
}

/** Decides a batch of requests and records them in the access log. */
export interface DecisionService {
  /**
   * `households` lists every household of the asking subgraph's batch, also those it needs no
   * decision about (the agency's own records): the registry reads their grants with this call,
   * so the request's later calls about them find the grants read (request-grants.ts).
   */
  decide(
    caller: ConsentCaller,
    credentials: GatewayCredentials,
    requests: DecisionRequest[],
    households?: readonly string[],
  ): Promise<DecidedBatch>;
}

export const DECISIONS_PATH = '/internal/consent-decisions';

export class DecisionServiceError extends Error {
  override name = 'DecisionServiceError';
}

/** How long a subgraph waits for the registry's decisions and their log write. */
export const REGISTRY_TIMEOUT_MS = 5_000;

/**
 * The consent registry over HTTP: one POST per batch, on kept-alive connections (undici's
 * `request`: the decision call is on the critical path of every guarded request, and fetch's
 * web streams cost more per call). The answer is two lines of JSON (decision-wire.ts): the
 * decisions, then, once the log write is committed, its outcome.
 */
export function httpDecisionService(registryUrl: string): DecisionService {
  const url = new URL(DECISIONS_PATH, registryUrl);
  return {
    async decide(_caller, credentials, requests, households = []) {
      const response = await request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${credentials.token}`,
        },
        body: JSON.stringify(encodeBatch(credentials, requests, households)),
        // A registry that does not answer withholds the values (CONSENT_UNAVAILABLE), not the request.
        signal: AbortSignal.timeout(REGISTRY_TIMEOUT_MS),
      });
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new DecisionServiceError(`consent registry answered ${response.statusCode}`);
      }
      const lines = answerLines(response.body);
      const first = await lines.next();
      const decisions = first.done
        ? null
        : decisionsFrom(requests, parseLine<Partial<DecisionAnswer>>(first.value));
      if (!decisions) {
        lines.return(undefined).catch(() => undefined);
        throw new DecisionServiceError('consent registry answered without a decision per request');
      }
      return { decisions, logged: loggedFrom(lines) };
    },
  };
}

/** The lines of the registry's answer, as they arrive. */
async function* answerLines(body: AsyncIterable<Buffer>): AsyncGenerator<string, void> {
  // A chunk may end inside a character (a reference's "§"): the decoder keeps its first bytes.
  const decoder = new StringDecoder('utf8');
  let buffered = '';
  for await (const chunk of body) {
    buffered += decoder.write(chunk);
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      yield buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
    }
  }
  buffered += decoder.end();
  if (buffered.trim() !== '') yield buffered;
}

function parseLine<T>(line: string): T | Record<string, never> {
  try {
    return JSON.parse(line) as T;
  } catch {
    return {};
  }
}

/** Settles when the registry reports the log write committed; rejects on anything else. */
async function loggedFrom(lines: AsyncGenerator<string, void>): Promise<void> {
  const next = await lines.next();
  const outcome = next.done ? {} : parseLine<Partial<LogOutcome>>(next.value);
  if (outcome.logged !== true) {
    throw new DecisionServiceError('the consent registry did not confirm the access-log write');
  }
}
