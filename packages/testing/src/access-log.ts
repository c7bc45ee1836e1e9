import type { TestSubgraph } from './test-subgraph';

/** An access-log entry as a test reads it. */
export interface LoggedDecision {
  field: string;
  basis: string;
  released: boolean;
}

/**
 * The decisions the consent registry started beside a test subgraph logged for one request, read
 * by the data-protection officer of the agency that asked (an officer reads their own agency's).
 */
export async function loggedDecisions(
  subgraph: TestSubgraph,
  requestId: string,
  agencyId: string,
  agencyKind: string,
): Promise<LoggedDecision[]> {
  if (!subgraph.registry) throw new Error('the registry itself has no registry beside it');
  const response = await subgraph.registry.query<{ accessLog: { nodes: LoggedDecision[] } }>(
    'query ($requestId: ID!) { accessLog(requestId: $requestId, first: 50) { nodes { field basis released } } }',
    { requestId },
    {
      agencyId,
      agencyKind,
      roles: ['data_protection_officer'],
      purpose: 'DATA_PROTECTION_SUPERVISION',
    },
  );
  if (response.errors)
    throw new Error(`reading the access log failed: ${JSON.stringify(response.errors)}`);
  return response.data!.accessLog.nodes;
}
