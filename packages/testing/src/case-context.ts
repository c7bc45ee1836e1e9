import type { CaseContextFragment } from '@wohnnetz/client';

/**
 * A household with data in every subgraph: every nested field (and loader) of the typed client's
 * case context is resolved for it.
 */
export const hasDataEverywhere = (household: CaseContextFragment) =>
  (household.members?.length ?? 0) > 0 &&
  household.benefitCase !== null &&
  (household.tenancyWarnings?.length ?? 0) > 0 &&
  (household.supportCases?.length ?? 0) > 0 &&
  household.tenancy !== null &&
  (household.trainingEnrollments?.length ?? 0) > 0 &&
  (household.consents ?? []).some((grant) => grant.recipientAgency !== null);
