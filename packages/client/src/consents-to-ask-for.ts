import type { CombinedError } from '@urql/core';
import { consentDenials } from './consent-denials.js';
import type { DataCategory, RecordConsentInput } from './generated/graphql.js';

/**
 * A consent a case worker can ask a household for: the fields of `recordConsent`'s input it
 * settles (the household, the categories and the purpose); the recipient is the agency that
 * asked, and the rest is what the household signs.
 */
export type ConsentToAskFor = Pick<RecordConsentInput, 'householdId' | 'categories' | 'purposes'>;

/**
 * The consents the CONSENT_REQUIRED denials of a result call for: one per household and purpose
 * (in the order their first denial came), with the withheld categories and the categories below
 * them together, sorted, each once. RELEASE_FORBIDDEN and AGENCY_NOT_TAKING_PART are left out:
 * no consent releases those values.
 */
export function consentsToAskFor(error: CombinedError | undefined): ConsentToAskFor[] {
  const asks = new Map<string, { ask: ConsentToAskFor; categories: Set<DataCategory> }>();
  for (const denial of consentDenials(error)) {
    if (denial.code !== 'CONSENT_REQUIRED') continue;
    const key = JSON.stringify([denial.householdId, denial.purpose]);
    let entry = asks.get(key);
    if (!entry) {
      entry = {
        ask: { householdId: denial.householdId, categories: [], purposes: [denial.purpose] },
        categories: new Set(),
      };
      asks.set(key, entry);
    }
    for (const category of [denial.category, ...denial.categoriesBelow]) {
      entry.categories.add(category);
    }
  }
  return [...asks.values()].map(({ ask, categories }) => ({
    ...ask,
    categories: [...categories].sort(),
  }));
}
