/**
 * The decision call between a subgraph's guard and the consent registry. Compact on purpose: a
 * page of 100 households means about a thousand decisions per call, so each household's owners
 * travel once and each request and outcome is a tuple.
 */
import type { Decision, DecisionBasis, DecisionRequest } from '@wohnnetz/consent-policy';
import type { GatewayCredentials } from './decision-service';

export interface DecisionBatch {
  subgraph: string;
  /** The operation the gateway token was issued for (query, operation name, variables). */
  operation: GatewayCredentials['operation'];
  /** The agencies that recorded each household's data in the subgraph. */
  owners: Record<string, string[]>;
  /** [householdId, category, field, nestedIn?] per decision. */
  requests: ([string, string, string] | [string, string, string, string])[];
}

export type DecisionOutcome = [released: boolean, basis: DecisionBasis, reference: string | null];

export interface DecisionAnswer {
  outcomes: DecisionOutcome[];
}

/** Largest batch one call may carry. */
export const MAX_DECISIONS_PER_CALL = 20_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeBatch(
  credentials: GatewayCredentials,
  requests: DecisionRequest[],
): DecisionBatch {
  const owners: Record<string, string[]> = {};
  for (const request of requests) owners[request.householdId] ??= request.ownerAgencyIds;
  return {
    subgraph: credentials.subgraph,
    operation: credentials.operation,
    owners,
    requests: requests.map((request) =>
      request.nestedIn
        ? [request.householdId, request.category, request.field, request.nestedIn]
        : [request.householdId, request.category, request.field],
    ),
  };
}

/** The requests of a batch, or what is wrong with it. */
export function decodeBatch(
  batch: Partial<DecisionBatch>,
  categories: ReadonlySet<string>,
): DecisionRequest[] | string {
  const { subgraph, owners, requests } = batch;
  if (typeof subgraph !== 'string') return 'subgraph is missing';
  if (
    !Array.isArray(requests) ||
    requests.length === 0 ||
    requests.length > MAX_DECISIONS_PER_CALL
  ) {
    return `requests must be a list of 1 to ${MAX_DECISIONS_PER_CALL} decision requests`;
  }
  if (typeof owners !== 'object' || owners === null) return 'owners are missing';
  const decoded: DecisionRequest[] = [];
  for (const item of requests as unknown[]) {
    const [householdId, category, field, nestedIn] = Array.isArray(item) ? (item as unknown[]) : [];
    const ownerAgencyIds =
      typeof householdId === 'string' ? (owners[householdId] ?? []) : undefined;
    if (
      typeof householdId !== 'string' ||
      !UUID.test(householdId) ||
      typeof category !== 'string' ||
      !categories.has(category) ||
      typeof field !== 'string' ||
      (nestedIn !== undefined && typeof nestedIn !== 'string') ||
      !Array.isArray(ownerAgencyIds) ||
      !ownerAgencyIds.every((owner) => typeof owner === 'string')
    ) {
      return `malformed decision request: ${JSON.stringify(item).slice(0, 200)}`;
    }
    decoded.push({
      householdId,
      category,
      field,
      subgraph,
      ownerAgencyIds,
      ...(typeof nestedIn === 'string' ? { nestedIn } : {}),
    });
  }
  return decoded;
}

export const outcomeOf = ({ released, basis, reference }: Decision): DecisionOutcome => [
  released,
  basis,
  reference,
];

export function decisionsFrom(requests: DecisionRequest[], answer: DecisionAnswer): Decision[] {
  return requests.map((request, index) => {
    const [released, basis, reference] = answer.outcomes[index]!;
    return { ...request, released, basis, reference };
  });
}
