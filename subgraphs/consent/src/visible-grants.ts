import type { Caller } from '@wohnnetz/service-kit';
import type { ConsentGrant } from './entities/consent-grant.entity';

/**
 * The consents of a household an agency reads: those it recorded and those that name it (or its
 * kind) as recipient. A household's consent to one agency is none of another's business — it
 * would tell, say, a welfare provider in another town that the household gets health care from a
 * third — so consent records released to an agency are narrowed to its own part of them. The
 * agency that recorded all of them sees all of them.
 */
export function visibleGrants(grants: readonly ConsentGrant[], caller: Caller): ConsentGrant[] {
  return grants.filter(
    (grant) =>
      grant.recordedByAgencyId === caller.agencyId ||
      grant.recipientAgencyId === caller.agencyId ||
      grant.recipientAgencyKind === caller.agencyKind,
  );
}

/**
 * The user who recorded an event of a consent, as an agency may see it: its own staff by name,
 * another agency's not (as in the access log, ADR 0011).
 */
export const visibleActor = (
  event: { actor: string; agencyId: string },
  caller: Caller,
): string | null => (event.agencyId === caller.agencyId ? event.actor : null);
