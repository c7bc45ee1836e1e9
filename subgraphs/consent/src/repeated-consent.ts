import type { EntityManager } from '@mikro-orm/postgresql';
import { ConsentGrantSchema, type ConsentGrant } from './entities/consent-grant.entity';
import type { ValidConsentInput } from './validation/record-consent-input';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));
const sameInstant = (a: Date | null | undefined, b: Date | null | undefined) =>
  (a ?? null)?.getTime() === (b ?? null)?.getTime();

/**
 * The consent the caller's agency recorded already and has not withdrawn, if this one repeats
 * it: same household, person who gave it (member, name, representative), recipient, categories,
 * purposes, validity and document reference (two members who sign one form give two consents). A
 * recording without validFrom applies from the moment it is recorded, so it repeats one that did
 * too (a retry comes a moment later). Called in the recording transaction after the lock on
 * (household, agency) is taken, so two equal recordings at once cannot both pass.
 */
export async function alreadyRecorded(
  tx: EntityManager,
  valid: ValidConsentInput,
  fromRecording: boolean,
  agencyId: string,
): Promise<ConsentGrant | undefined> {
  const candidates = await tx.find(ConsentGrantSchema, {
    householdId: valid.householdId,
    recordedByAgencyId: agencyId,
    documentReference: valid.documentReference,
    withdrawnAt: null,
  });
  return candidates.find(
    (grant) =>
      (grant.grantorMemberId ?? null) === valid.grantorMemberId &&
      grant.grantorName === valid.grantorName &&
      (grant.representativeName ?? null) === valid.representativeName &&
      (grant.recipientAgencyId ?? null) === valid.recipientAgencyId &&
      (grant.recipientAgencyKind ?? null) === valid.recipientAgencyKind &&
      sameSet(grant.categories, valid.categories) &&
      sameSet(grant.purposes, valid.purposes) &&
      sameInstant(grant.validFrom, fromRecording ? grant.recordedAt : valid.validFrom) &&
      sameInstant(grant.validUntil, valid.validUntil),
  );
}
