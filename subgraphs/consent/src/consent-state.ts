import { isActive } from '@wohnnetz/consent-policy';
import type { ConsentGrant } from './entities/consent-grant.entity';
import type { ConsentState } from './generated/resolvers-types';

/**
 * Where a consent stands at `now`. "Given" is exactly what the decisions call active (the policy
 * package's isActive), so the registry never shows a consent as given that decisions ignore.
 */
export function consentState(grant: ConsentGrant, now: Date): ConsentState {
  const view = {
    ...grant,
    recipientAgencyId: grant.recipientAgencyId ?? null,
    recipientAgencyKind: grant.recipientAgencyKind ?? null,
    validUntil: grant.validUntil ?? null,
    withdrawnAt: grant.withdrawnAt ?? null,
  };
  if (isActive(view, now)) return 'GIVEN';
  if (view.withdrawnAt !== null && view.withdrawnAt.getTime() <= now.getTime()) return 'WITHDRAWN';
  if (grant.validFrom.getTime() > now.getTime()) return 'PENDING';
  return 'EXPIRED';
}

/**
 * When the consent expired, if it has by `now`: at its validUntil, unless it was withdrawn before
 * (a consent cannot be withdrawn once expired). An event of its history that no one records.
 */
export function expiredAt(grant: ConsentGrant, now: Date): Date | null {
  const until = grant.validUntil ?? null;
  if (until === null || until.getTime() > now.getTime()) return null;
  const withdrawn = grant.withdrawnAt ?? null;
  return withdrawn !== null && withdrawn.getTime() <= until.getTime() ? null : until;
}
