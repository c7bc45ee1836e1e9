import { isActive } from '@wohnnetz/consent-policy';
import type { ConsentGrant } from './entities/consent-grant.entity';
import type { ConsentState } from './generated/resolvers-types';

/**
 * Where a consent stands at `now`, as its row was read. "Given" is exactly what the decisions
 * call active (the policy package's isActive), so the registry never shows a consent as given
 * that decisions ignore.
 */
export function consentState(grant: ConsentGrant, now: Date): ConsentState {
  const view = {
    ...grant,
    recipientAgencyId: grant.recipientAgencyId ?? null,
    recipientAgencyKind: grant.recipientAgencyKind ?? null,
    validUntil: grant.validUntil ?? null,
    withdrawnAt: grant.withdrawnAt ?? null,
  };
  // A withdrawal this request can read has happened, even if it was dated after the request
  // began (it is dated when it holds the grant's row, and committed a moment later).
  if (view.withdrawnAt !== null) return 'WITHDRAWN';
  if (isActive(view, now)) return 'GIVEN';
  if (grant.validFrom.getTime() > now.getTime()) return 'PENDING';
  return 'EXPIRED';
}

/**
 * When the consent expired, if it has by `now`: at its validUntil, unless it was withdrawn before
 * (a consent cannot be withdrawn once expired). An event of its history that no one records. A
 * consent recorded after it had run out (dated back) expired, as far as the registry knows, when
 * it was recorded: its history stays in order, and validUntil still says when it ran out.
 */
export function expiredAt(grant: ConsentGrant, now: Date): Date | null {
  const until = grant.validUntil ?? null;
  if (until === null || until.getTime() > now.getTime()) return null;
  const withdrawn = grant.withdrawnAt ?? null;
  if (withdrawn !== null && withdrawn.getTime() <= until.getTime()) return null;
  return until.getTime() < grant.recordedAt.getTime() ? grant.recordedAt : until;
}
