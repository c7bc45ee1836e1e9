/**
 * The consent decision: may a guarded field of household H, category C, recorded by agencies O,
 * be released to agency A of kind K for purpose P, now? Pure: the caller supplies the grants.
 */
import type { ConsentPolicy } from './policy';

export interface Requester {
  agencyId: string;
  agencyKind: string;
  purpose: string;
}

export interface DecisionRequest {
  householdId: string;
  category: string;
  /** Schema coordinate of the guarded field, e.g. Household.benefitCase. */
  field: string;
  /** Subgraph whose data it is (its owning agency kind comes from the policy). */
  subgraph: string;
  /** Agencies that recorded the household's data in that subgraph. */
  ownerAgencyIds: string[];
  /**
   * Decided ahead, in the same batch as the guarded field (same household) it is nested in: it
   * only counts, and is only logged, if that one is released.
   */
  nestedIn?: string;
}

export type DecisionBasis =
  | 'OWN_TASK'
  | 'STATUTORY'
  | 'CONSENT'
  | 'NEVER'
  | 'NO_CONSENT'
  /**
   * Not released: the consent registry does not count the requesting agency as taking part in
   * the programme (not registered, registered as another kind, or left), whatever the policy or a
   * consent would allow. Decided by the registry, not by `decide` (ADR 0025).
   */
  | 'NOT_TAKING_PART'
  /** A field decided ahead whose enclosing field was withheld: never resolved, not logged. */
  | 'NOT_REACHED';

export interface Decision extends DecisionRequest {
  released: boolean;
  basis: DecisionBasis;
  /**
   * The paragraph (STATUTORY), the grant id (CONSENT), the policy's reason (NEVER) or why the
   * agency does not take part (NOT_TAKING_PART).
   */
  reference: string | null;
}

/** A consent grant as the decision needs it. */
export interface GrantView {
  id: string;
  householdId: string;
  recipientAgencyId: string | null;
  recipientAgencyKind: string | null;
  categories: string[];
  purposes: string[];
  validFrom: Date;
  validUntil: Date | null;
  withdrawnAt: Date | null;
}

/**
 * Active at `now`: from validFrom (inclusive) until validUntil (exclusive), and not withdrawn. A
 * withdrawal that can be read has happened, whatever instant it is dated: it is dated by the clock
 * of the process that recorded it, and a decision's clock (another registry instance's, or one
 * set back) may read an earlier time after it is committed.
 */
export function isActive(grant: GrantView, now: Date): boolean {
  const t = now.getTime();
  return (
    grant.validFrom.getTime() <= t &&
    (grant.validUntil === null || t < grant.validUntil.getTime()) &&
    grant.withdrawnAt === null
  );
}

export function grantCovers(
  grant: GrantView,
  requester: Requester,
  householdId: string,
  category: string,
  now: Date,
): boolean {
  const recipient =
    grant.recipientAgencyId !== null
      ? grant.recipientAgencyId === requester.agencyId
      : grant.recipientAgencyKind === requester.agencyKind;
  return (
    grant.householdId === householdId &&
    recipient &&
    grant.categories.includes(category) &&
    grant.purposes.includes(requester.purpose) &&
    isActive(grant, now)
  );
}

function decided(
  request: DecisionRequest,
  released: boolean,
  basis: DecisionBasis,
  reference: string | null,
): Decision {
  return { ...request, released, basis, reference };
}

/**
 * The decision about one guarded value. Where several grants cover it, the first of `grants`
 * (the registry gives them oldest recorded first) is the one named as its basis.
 */
export function decide(
  policy: ConsentPolicy,
  requester: Requester,
  request: DecisionRequest,
  grants: readonly GrantView[],
  now: Date,
): Decision {
  if (request.ownerAgencyIds.includes(requester.agencyId)) {
    return decided(request, true, 'OWN_TASK', null);
  }
  const rule = policy.ruleFor(
    request.category,
    policy.ownerKindOf(request.subgraph),
    requester.agencyKind,
    requester.purpose,
  );
  if (rule.basis === 'never') return decided(request, false, 'NEVER', rule.reason);
  if (rule.basis === 'statutory') return decided(request, true, 'STATUTORY', rule.paragraph);
  for (const grant of grants) {
    if (grantCovers(grant, requester, request.householdId, request.category, now)) {
      return decided(request, true, 'CONSENT', grant.id);
    }
  }
  return decided(request, false, 'NO_CONSENT', null);
}

/**
 * Applies `nestedIn`: a decision made ahead for a field inside a withheld field of the same
 * household (in the same batch) is NOT_REACHED — its value is never resolved and it is no
 * disclosure to log.
 */
export function withNesting(decisions: Decision[]): Decision[] {
  if (!decisions.some((decision) => decision.nestedIn)) return decisions;
  const byField = new Map(decisions.map((d) => [`${d.householdId} ${d.field}`, d]));
  return decisions.map((decision) => {
    if (!decision.nestedIn) return decision;
    const enclosing = byField.get(`${decision.householdId} ${decision.nestedIn}`);
    return enclosing && !enclosing.released
      ? { ...decision, released: false, basis: 'NOT_REACHED', reference: null }
      : decision;
  });
}
