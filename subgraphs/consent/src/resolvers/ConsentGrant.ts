import { consentState, expiredAt } from '../consent-state';
import { visibleActor } from '../visible-grants';
import type {
  AgencyKind,
  ConsentForm,
  ConsentGrantResolvers,
  DataCategory,
  InformationItem,
  Purpose,
} from '../generated/resolvers-types';

export const ConsentGrant: ConsentGrantResolvers = {
  recipientAgency: (grant, _args, { agencies }) =>
    grant.recipientAgencyId ? agencies.load(grant.recipientAgencyId) : null,
  grantorMemberId: (grant) => grant.grantorMemberId ?? null,
  recipientAgencyKind: (grant) => (grant.recipientAgencyKind as AgencyKind | null) ?? null,
  categories: (grant) => grant.categories as DataCategory[],
  purposes: (grant) => grant.purposes as Purpose[],
  validFrom: (grant) => grant.validFrom.toISOString(),
  validUntil: (grant) => grant.validUntil?.toISOString() ?? null,
  form: (grant) => grant.form as ConsentForm,
  informedOf: (grant) => grant.informedOf as InformationItem[],
  recordedAt: (grant) => grant.recordedAt.toISOString(),
  withdrawnAt: (grant) => grant.withdrawnAt?.toISOString() ?? null,
  household: (grant) => ({ id: grant.householdId }),
  recordedByAgency: (grant, _args, { agencies }) => agencies.load(grant.recordedByAgencyId),
  state: (grant, _args, { now }) => consentState(grant, now),
  history: async (grant, _args, { eventsByGrant, now, caller }) => {
    // The grant's row is this answer's point in time (its state and withdrawnAt come from it).
    // Its events are read a moment later: a withdrawal committed in between, which the row does
    // not show yet, is left to the next request, so that state and history agree. Events are
    // only ever added, and only a withdrawal is added after the grant.
    const events = (await eventsByGrant.load(grant.id)).filter(
      (event) => event.kind !== 'WITHDRAWN' || grant.withdrawnAt,
    );
    const recorded = events.map((event) => ({
      id: event.id,
      kind: event.kind,
      at: event.at.toISOString(),
      actor: visibleActor(event, caller),
      agencyId: event.agencyId,
      reason: event.reason ?? null,
    }));
    const expired = expiredAt(grant, now);
    if (!expired) return recorded;
    const at = expired.toISOString();
    const expiry = { id: `${grant.id}:expired`, kind: 'EXPIRED' as const, at };
    return [...recorded, { ...expiry, actor: null, agencyId: null, reason: null }];
  },
};
