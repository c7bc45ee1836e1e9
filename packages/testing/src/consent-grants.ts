/** A written consent of each household for one agency, categories and purposes. */
export interface TestGrant {
  agencyId: string;
  categories: string[];
  purposes: string[];
  /** ISO 8601 instant; default: now. */
  validFrom?: string;
  grantorName?: string;
  /** documentReference of the n-th grant is `${referencePrefix}-${n}`. */
  referencePrefix?: string;
  /** Numbering of the first grant (for batches). */
  firstNumber?: number;
}

/**
 * One recordConsent mutation per household, aliased c0, c1, … in one operation (the registry's
 * own API; through the gateway at most ten a request, its alias limit).
 */
export function recordConsentsOperation(householdIds: string[], grant: TestGrant) {
  const first = grant.firstNumber ?? 0;
  const mutation = `mutation (${householdIds.map((_, i) => `$i${i}: RecordConsentInput!`).join(', ')}) {
    ${householdIds.map((_, i) => `c${i}: recordConsent(input: $i${i}) { id }`).join('\n')}
  }`;
  const variables = Object.fromEntries(
    householdIds.map((householdId, i) => [
      `i${i}`,
      {
        householdId,
        grantorName: grant.grantorName ?? 'Test Grantor',
        recipientAgencyId: grant.agencyId,
        categories: grant.categories,
        purposes: grant.purposes,
        ...(grant.validFrom ? { validFrom: grant.validFrom } : {}),
        form: 'WRITTEN',
        informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
        informationLanguage: 'de',
        documentReference: `${grant.referencePrefix ?? 'TEST'}-${first + i}`,
      },
    ]),
  );
  return { mutation, variables };
}
