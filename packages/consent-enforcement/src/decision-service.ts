import type { Decision, DecisionRequest } from '@wohnnetz/consent-policy';

/** Who asks, as the gateway's token names them. */
export interface ConsentCaller {
  actor: string;
  agencyId: string;
  agencyKind: string;
  roles: string[];
  purpose: string;
  requestId: string;
}

/**
 * The gateway's token and the operation it was issued for, as the subgraph received them: the
 * registry verifies both, so a subgraph cannot ask in anybody else's name.
 */
export interface GatewayCredentials {
  subgraph: string;
  token: string;
  operation: { query: string; variables: unknown };
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

/** What the registry answers per request, in order (the request itself is not echoed). */
export type DecisionOutcome = Pick<Decision, 'released' | 'basis' | 'reference'>;

export const outcomeOf = ({ released, basis, reference }: Decision): DecisionOutcome => ({
  released,
  basis,
  reference,
});

export class DecisionServiceError extends Error {
  override name = 'DecisionServiceError';
}

/** The consent registry over HTTP: one POST per batch. */
export function httpDecisionService(registryUrl: string): DecisionService {
  const url = new URL(DECISIONS_PATH, registryUrl);
  return {
    async decide(_caller, credentials, requests) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${credentials.token}`,
        },
        body: JSON.stringify({
          subgraph: credentials.subgraph,
          operation: credentials.operation,
          requests,
        }),
      });
      if (!response.ok) {
        throw new DecisionServiceError(`consent registry answered ${response.status}`);
      }
      const body = (await response.json()) as { outcomes?: DecisionOutcome[] };
      if (!Array.isArray(body.outcomes) || body.outcomes.length !== requests.length) {
        throw new DecisionServiceError('consent registry answered without a decision per request');
      }
      const outcomes = body.outcomes;
      return requests.map((request, index) => ({ ...request, ...outcomes[index]! }));
    },
  };
}
