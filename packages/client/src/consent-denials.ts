import type { CombinedError } from '@urql/core';
import type { GraphQLError } from 'graphql';
import type { DataCategory, Purpose } from './generated/graphql.js';

/**
 * A guarded field the gateway withheld: its value in the result is null, and this says why.
 * CONSENT_REQUIRED: the household's consent for this agency, category and purpose is missing — it
 * names the consent a case worker can ask for. RELEASE_FORBIDDEN: the policy never releases this
 * category to this kind of agency for this purpose (GDPR Art. 9 and 10 data to landlords and
 * training providers), or no consent could release it and no rule gives a basis (a purpose no
 * household consents to, such as DATA_PROTECTION_SUPERVISION); no consent helps.
 * AGENCY_NOT_TAKING_PART: the consent registry does not count your agency as taking part in the
 * programme (not registered, registered as another kind, or left; the message says which): no
 * consent helps until the programme's operator mends that.
 */
export interface ConsentDenial {
  code: 'CONSENT_REQUIRED' | 'RELEASE_FORBIDDEN' | 'AGENCY_NOT_TAKING_PART';
  /** The household whose data were withheld. */
  householdId: string;
  /** The category of the withheld field. */
  category: DataCategory;
  /** The purpose the request declared. */
  purpose: Purpose;
  /** Schema coordinate of the withheld field, e.g. Household.members. */
  field: string;
  /**
   * CONSENT_REQUIRED only (empty otherwise): the other categories of the guarded fields the query
   * selected directly below the withheld one that a consent could release to your agency (the
   * members' names, IDENTITY, below Household.members; never one the policy never releases to
   * your kind of agency, or releases without a consent). They were not decided, as nothing below
   * a withheld field is; once the consent asked for releases the field, each needs a basis of its
   * own, so a consent asked for should cover them too.
   */
  categoriesBelow: DataCategory[];
  /** Where the withheld (null) value is in the result's data, e.g. ['household', 'members']. */
  path: (string | number)[];
  /**
   * The gateway's id of the request (its X-Request-Id): a data-protection officer finds the
   * decision in the access log by it.
   */
  requestId?: string;
}

/**
 * The consent denials among a result's errors, in their order. Other errors are left out, also
 * CONSENT_UNAVAILABLE (the registry could not decide: the value is withheld, and asking again
 * later may release it).
 */
export function consentDenials(error: CombinedError | undefined): ConsentDenial[] {
  return (error?.graphQLErrors ?? []).flatMap((graphQLError) => {
    const denial = denialOf(graphQLError);
    return denial ? [denial] : [];
  });
}

/**
 * Why the value at `path` in a result's data is missing, where the consent rules withheld it: the
 * denial at that path, or at the nearest field above it (the members' names are missing because
 * `['household', 'members']` was withheld). Undefined where no denial stands at or above it: a
 * `null` there is no data — unless the answer has an error of another code there or without a
 * path (CONSENT_UNAVAILABLE, SERVICE_UNAVAILABLE; read them with errorCode).
 */
export function consentDenialAt(
  error: CombinedError | undefined,
  path: readonly (string | number)[],
): ConsentDenial | undefined {
  const above = (denial: ConsentDenial) =>
    denial.path.length <= path.length && denial.path.every((key, index) => key === path[index]);
  // Nothing below a withheld field is decided, so one denial at most stands at or above a path;
  // should there be more, the nearest is the one that answers.
  return consentDenials(error)
    .filter(above)
    .sort((a, b) => b.path.length - a.path.length)[0];
}

function denialOf(error: GraphQLError): ConsentDenial | undefined {
  const { code, householdId, category, purpose, field, requestId, categoriesBelow } =
    error.extensions ?? {};
  if (
    code !== 'CONSENT_REQUIRED' &&
    code !== 'RELEASE_FORBIDDEN' &&
    code !== 'AGENCY_NOT_TAKING_PART'
  ) {
    return undefined;
  }
  if (
    typeof householdId !== 'string' ||
    typeof category !== 'string' ||
    typeof purpose !== 'string' ||
    typeof field !== 'string'
  ) {
    return undefined;
  }
  return {
    code,
    householdId,
    // The gateway names the values of the API schema's enums, which these types are made from.
    category: category as DataCategory,
    purpose: purpose as Purpose,
    field,
    categoriesBelow: Array.isArray(categoriesBelow)
      ? categoriesBelow.filter((below): below is DataCategory => typeof below === 'string')
      : [],
    path: [...(error.path ?? [])],
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
}
