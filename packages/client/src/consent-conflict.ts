import type { CombinedError } from '@urql/core';
import { errorCode } from './error-codes.js';

/**
 * The id of the consent a refused `recordConsent` repeated (its CONFLICT error's
 * `extensions.consentId`): your agency recorded that consent already and has not withdrawn it.
 * Undefined where the result has no CONFLICT. `HouseholdConsentDocument` reads the consent back.
 */
export function conflictingConsentId(error: CombinedError | undefined): string | undefined {
  const conflict = error?.graphQLErrors.find(
    (graphQLError) => errorCode(graphQLError) === 'CONFLICT',
  );
  const consentId = conflict?.extensions['consentId'];
  return typeof consentId === 'string' ? consentId : undefined;
}
