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
