import type { Decision, DecisionRequest } from '@wohnnetz/consent-policy';
import { request } from 'undici';
import { decisionsFrom, encodeBatch, type DecisionAnswer } from './decision-wire';

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

/** Decides a batch of requests and records them in the access log before answering. */
export interface DecisionService {
  decide(
    caller: ConsentCaller,
    credentials: GatewayCredentials,
    requests: DecisionRequest[],
  ): Promise<Decision[]>;
}

export const DECISIONS_PATH = '/internal/consent-decisions';

export class DecisionServiceError extends Error {
  override name = 'DecisionServiceError';
}

/** How long a subgraph waits for the registry's decisions. */
export const REGISTRY_TIMEOUT_MS = 5_000;

/**
 * The consent registry over HTTP: one POST per batch, on kept-alive connections (undici's
 * `request`: the decision call is on the critical path of every guarded request, and fetch's
 * web streams cost more per call).
 */
export function httpDecisionService(registryUrl: string): DecisionService {
  const url = new URL(DECISIONS_PATH, registryUrl);
  return {
    async decide(_caller, credentials, requests) {
      const response = await request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${credentials.token}`,
        },
        body: JSON.stringify(encodeBatch(credentials, requests)),
        // A registry that does not answer withholds the values (CONSENT_UNAVAILABLE), not the request.
        signal: AbortSignal.timeout(REGISTRY_TIMEOUT_MS),
      });
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new DecisionServiceError(`consent registry answered ${response.statusCode}`);
      }
      const answer = (await response.body.json()) as Partial<DecisionAnswer>;
      const decisions = decisionsFrom(requests, answer);
      if (!decisions) {
        throw new DecisionServiceError('consent registry answered without a decision per request');
      }
      return decisions;
    },
  };
}
