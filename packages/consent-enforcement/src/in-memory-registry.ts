/**
 * For this package's tests: a caller, a consent grant for it, and a decision service that
 * evaluates the real policy (and its nesting rule) over grants held in memory, recording the
 * batches it is asked. The HTTP hop to the real registry is tested through the whole hub.
 */
import {
  consentPolicy,
  decide,
  withNesting,
  type DecisionRequest,
  type GrantView,
} from '@wohnnetz/consent-policy';
import type { ConsentCaller, DecisionService } from './decision-service';

export const testCaller: ConsentCaller = {
  actor: 'tester',
  agencyId: 'welfare-dortmund-nord',
  agencyKind: 'WELFARE_PROVIDER',
  roles: ['caseworker'],
  purpose: 'TENANCY_SUPPORT',
  requestId: 'r1',
  operationType: 'query',
};

/** An active grant of a household to the test caller, for its purpose. */
export const grantOf = (householdId: string, categories: string[]): GrantView => ({
  id: `grant-of-${householdId}`,
  householdId,
  recipientAgencyId: testCaller.agencyId,
  recipientAgencyKind: null,
  categories,
  purposes: [testCaller.purpose],
  validFrom: new Date(0),
  validUntil: null,
  withdrawnAt: null,
});

export interface InMemoryRegistry extends DecisionService {
  /** The requests of each call, in order. */
  batches: DecisionRequest[][];
}

export function inMemoryRegistry(grants: GrantView[]): InMemoryRegistry {
  const batches: DecisionRequest[][] = [];
  return {
    batches,
    decide: (who, _credentials, requests) => {
      batches.push(requests);
      return Promise.resolve({
        decisions: withNesting(
          requests.map((request) => decide(consentPolicy(), who, request, grants, new Date())),
        ),
        logged: Promise.resolve(),
      });
    },
  };
}
