import type { ConsentCaller } from '@wohnnetz/consent-enforcement';
import { berlinDay } from '@wohnnetz/service-kit';
import { LRUCache } from 'lru-cache';
import type { Agency } from './entities/agency.entity';

/**
 * Why the registry does not count a token's agency as taking part in the programme: it is not
 * registered (pnpm -s agencies), its users' tokens name another kind than the registry knows, or
 * it has left (from its leftOn day on, Europe/Berlin). Both recording a consent and receiving
 * another agency's data need an agency that takes part (ADR 0025).
 */
export type AgencyRefusal =
  | { reason: 'unregistered' }
  | { reason: 'other-kind'; registeredKind: string }
  | { reason: 'left'; leftOn: string };

type Caller = Pick<ConsentCaller, 'agencyId' | 'agencyKind' | 'requestId'>;

/** Requests whose kind mismatch was logged: once per request, not once per decision call. */
const mismatchLogged = new LRUCache<string, true>({ max: 1_000 });

/** Null when the caller's agency takes part at `now`. leftOn is the 'date' column's text. */
export function agencyRefusal(
  caller: Caller,
  agency: Pick<Agency, 'kind' | 'leftOn'> | null | undefined,
  now: Date,
): AgencyRefusal | null {
  if (!agency) return { reason: 'unregistered' };
  if (agency.kind !== caller.agencyKind) {
    // The identity provider and the registry disagree: the operator's to mend.
    if (!mismatchLogged.has(caller.requestId)) {
      mismatchLogged.set(caller.requestId, true);
      console.error(
        `agency ${caller.agencyId} is registered as ${agency.kind}, but its users' tokens say ${caller.agencyKind} (request ${caller.requestId}): correct one of them`,
      );
    }
    return { reason: 'other-kind', registeredKind: agency.kind };
  }
  if (agency.leftOn && agency.leftOn <= berlinDay(now)) {
    return { reason: 'left', leftOn: agency.leftOn };
  }
  return null;
}

/** The refusal in a sentence about the caller's agency (for errors and the access log). */
export function describeRefusal(caller: Caller, refusal: AgencyRefusal): string {
  switch (refusal.reason) {
    case 'unregistered':
      return `agency ${caller.agencyId} is not registered in the consent registry`;
    case 'other-kind':
      return `agency ${caller.agencyId} is registered as ${refusal.registeredKind}, but the token names it a ${caller.agencyKind}`;
    case 'left':
      return `agency ${caller.agencyId} left the programme on ${refusal.leftOn}`;
  }
}
