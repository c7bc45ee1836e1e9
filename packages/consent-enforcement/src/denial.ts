import type { Decision } from '@wohnnetz/consent-policy';
import { GraphQLError } from 'graphql';

/**
 * The error beside a withheld field. CONSENT_REQUIRED tells a case worker which consent to ask
 * for; RELEASE_FORBIDDEN says the policy never releases this category to this agency kind for
 * this purpose (a rule says never, or no consent could release it), so there is nothing to ask.
 * AGENCY_NOT_TAKING_PART says the consent registry does not count the agency as taking part in
 * the programme (the reference says why): nothing of another agency's reaches it until the
 * programme's operator mends that, so there is nothing to ask of the household either.
 */
export function denialError(
  decision: Decision,
  purpose: string,
  /**
   * The categories of the guarded fields the request selected directly below the withheld one,
   * other than its own, that a consent could release to the caller: they were not decided
   * (nothing below a withheld field is), and once the consent asked for releases this field,
   * each needs a basis of its own. Named beside a CONSENT_REQUIRED (asked for it only) so that
   * one request to the household can cover them.
   */
  categoriesBelowOf: () => readonly string[],
): GraphQLError {
  const details = {
    householdId: decision.householdId,
    category: decision.category,
    purpose,
    field: decision.field,
  };
  if (decision.basis === 'NEVER') {
    return new GraphQLError(
      `${decision.category} data of this household are never released to your agency (${decision.reference ?? 'policy'})`,
      { extensions: { code: 'RELEASE_FORBIDDEN', ...details } },
    );
  }
  if (decision.basis === 'NOT_TAKING_PART') {
    return new GraphQLError(
      `${decision.category} data of this household are not released to your agency: ${decision.reference ?? 'it does not take part in the programme'}`,
      { extensions: { code: 'AGENCY_NOT_TAKING_PART', ...details } },
    );
  }
  const categoriesBelow = categoriesBelowOf();
  return new GraphQLError(
    `the household's consent to release ${decision.category} data for ${purpose} to your agency is required`,
    {
      extensions: {
        code: 'CONSENT_REQUIRED',
        ...details,
        ...(categoriesBelow.length > 0 ? { categoriesBelow: [...categoriesBelow] } : {}),
      },
    },
  );
}

/** The registry could not decide (or log): the value is withheld. */
export function decisionUnavailableError(field: string): GraphQLError {
  return new GraphQLError('the consent decision is unavailable; the value is withheld', {
    extensions: { code: 'CONSENT_UNAVAILABLE', field },
  });
}
