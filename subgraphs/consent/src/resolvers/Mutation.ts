import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { berlinDay, isBlank, isUuid, textProblem } from '@wohnnetz/service-kit';
import { assertMayWithdraw, assertMayWrite, noConsent } from '../access';
import type { ConsentContext } from '../context';
import { AgencySchema, type Agency } from '../entities/agency.entity';
import { ConsentEventSchema } from '../entities/consent-event.entity';
import { ConsentGrantSchema, type ConsentGrant } from '../entities/consent-grant.entity';
import { badField, conflict, forbidden, rethrowClockRefusal } from '../errors';
import type { MutationResolvers } from '../generated/resolvers-types';
import { agencyRefusal, describeRefusal } from '../agency-standing';
import { alreadyRecorded } from '../repeated-consent';
import { visibleGrants } from '../visible-grants';
import {
  assertConsentCanApply,
  validateRecordConsentInput,
} from '../validation/record-consent-input';

export const MAX_REASON_LENGTH = 500;

/**
 * The registered agency a consent names, refused if there is none, if it has left the programme
 * by `instant`'s day (Europe/Berlin), or if it leaves before the consent would apply (`validFrom`'s
 * day): such a consent could never release anything to it. leftOn is the 'date' column's text.
 */
async function recipientAgency(
  em: EntityManager,
  id: string,
  instant: Date,
  validFrom: Date,
): Promise<Agency> {
  const agency = await em.findOne(AgencySchema, { id });
  if (!agency) {
    throw badField(
      `recipientAgencyId: no agency ${id} takes part in the programme`,
      'recipientAgencyId',
    );
  }
  if (agency.leftOn && agency.leftOn <= berlinDay(instant)) {
    throw badField(
      `recipientAgencyId: agency ${agency.id} left the programme on ${agency.leftOn}; a consent can no longer name it`,
      'recipientAgencyId',
    );
  }
  if (agency.leftOn && agency.leftOn <= berlinDay(validFrom)) {
    throw badField(
      `validFrom: agency ${agency.id} leaves the programme on ${agency.leftOn}, before the consent would apply (${berlinDay(validFrom)})`,
      'validFrom',
    );
  }
  return agency;
}

/**
 * The recording agency as the registry knows it: registered (pnpm -s agencies), of the kind its
 * users' tokens say, and still taking part at `instant`. A token and a registry that disagree on
 * the kind are the operator's to mend (logged): a consent is recorded only where both agree.
 */
function assertRegisteredRecorder(
  caller: ConsentContext['caller'],
  registration: Agency | null | undefined,
  instant: Date,
): void {
  const refusal = agencyRefusal(caller, registration, instant);
  if (!refusal) return;
  switch (refusal.reason) {
    case 'unregistered':
      throw forbidden(
        `your agency ${caller.agencyId} is not registered in the consent registry: the programme's operator registers the agencies taking part`,
      );
    case 'other-kind':
      throw forbidden(
        `your token names your agency ${caller.agencyId} a ${caller.agencyKind}, the consent registry a ${refusal.registeredKind}: nothing was recorded; the programme's operator must make them agree`,
      );
    case 'left':
      throw forbidden(
        `your agency ${caller.agencyId} left the programme on ${refusal.leftOn}: it records no more consents`,
      );
  }
}

/**
 * Another agency's consent is withdrawn, and its record answered, only by an agency that takes
 * part (ADR 0025): the mutation's answer is the whole consent record, released by the root
 * field's rule without a decision, and an agency that does not take part receives nothing of
 * another agency's — not even which agency recorded it (the refusal of an agency of the kind a
 * consent names would say). The consents it recorded itself it may still withdraw. One it cannot
 * see at all is left to assertMayWithdraw (NOT_FOUND, as an unknown id).
 */
async function assertMayWithdrawAnothers(
  caller: ConsentContext['caller'],
  grant: ConsentGrant,
  registration: () => Promise<Agency | null | undefined>,
  instant: Date,
): Promise<void> {
  if (grant.recordedByAgencyId === caller.agencyId) return;
  if (visibleGrants([grant], caller).length === 0) return;
  const refusal = agencyRefusal(caller, await registration(), instant);
  if (!refusal) return;
  throw forbidden(
    `${describeRefusal(caller, refusal)}: it may withdraw only the consents it recorded itself; the agency that recorded this one can withdraw it`,
  );
}

/** An optional reason: trimmed, a blank one is none, else one the hub can keep (textProblem). */
function withdrawalReason(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  if (isBlank(trimmed)) return null;
  const problem = textProblem(trimmed, MAX_REASON_LENGTH);
  if (problem) throw badField(`reason ${problem}`, 'reason', 'reason');
  return trimmed;
}

/** The rest of the request must see the write, not what it had loaded before. */
function afterWrite<T>(context: ConsentContext, result: T): T {
  context.forgetLoaded();
  return result;
}

export const Mutation: MutationResolvers = {
  recordConsent: async (_parent, { input }, context) => {
    const { em, caller } = context;
    assertMayWrite(caller, 'record a consent');
    assertRegisteredRecorder(caller, await context.agencies.load(caller.agencyId), context.now);
    // Checked before anything is read or locked (the lock's key is the validated household);
    // validated again on the recording's own instant below.
    const valid = validateRecordConsentInput(input, context.now);
    let recipientKind = valid.recipientAgencyKind;
    if (valid.recipientAgencyId !== null) {
      recipientKind = (
        await recipientAgency(em, valid.recipientAgencyId, context.now, valid.validFrom)
      ).kind;
    }
    assertConsentCanApply(valid, recipientKind!);
    // The grant and its GIVEN event are written together or not at all.
    const grant = await em
      .fork()
      .transactional(async (tx) => {
        // One recording per household and agency at a time: the check below then sees the others.
        await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
          `consent-recording:${valid.householdId}:${caller.agencyId}`,
        ]);
        // The recording's instant is taken once the lock is ours, not when the request began
        // (another recording may have held it): the database keeps it near its clock (ADR 0021).
        // A consent without validFrom applies from this instant, so it is validated again on it.
        const now = new Date();
        context.now = now;
        const dated = validateRecordConsentInput(input, now);
        // So are the recording agency and the agency it names: the recording may be dated on the
        // day one of them left (it began before midnight, or the agency left while it waited for
        // the lock). Read afresh: the request's loader holds the registration it began with.
        assertRegisteredRecorder(
          caller,
          await tx.findOne(AgencySchema, { id: caller.agencyId }),
          now,
        );
        if (dated.recipientAgencyId !== null) {
          await recipientAgency(tx, dated.recipientAgencyId, now, dated.validFrom);
        }
        const fromRecording = input.validFrom === null || input.validFrom === undefined;
        const existing = await alreadyRecorded(tx, dated, fromRecording, caller.agencyId);
        if (existing) {
          throw conflict(
            `this consent was recorded already (${existing.id}, recorded at ${existing.recordedAt.toISOString()}) and has not been withdrawn`,
            { consentId: existing.id },
          );
        }
        const created = tx.create(ConsentGrantSchema, {
          id: randomUUID(),
          ...dated,
          recordedBy: caller.actor,
          recordedByAgencyId: caller.agencyId,
          recordedAt: now,
          withdrawnAt: null,
          withdrawnBy: null,
        });
        tx.create(ConsentEventSchema, {
          id: randomUUID(),
          grant: created,
          kind: 'GIVEN',
          at: now,
          actor: caller.actor,
          agencyId: caller.agencyId,
          reason: null,
        });
        await tx.flush();
        return created;
      })
      .catch((error: unknown) => rethrowClockRefusal(error, caller.requestId));
    return afterWrite(context, grant);
  },

  withdrawConsent: async (_parent, { id, reason }, context) => {
    const { em, caller } = context;
    assertMayWrite(caller, 'withdraw a consent');
    if (!isUuid(id)) throw badField('id must be a UUID', 'id', 'id');
    const why = withdrawalReason(reason);
    // The grant row is locked, so two withdrawals at once cannot both succeed.
    const grant = await em
      .fork()
      .transactional(async (tx) => {
        // Whose consent it is, before its row is locked: another agency's request must neither
        // wait for a lock on it (which would tell that it exists) nor hold one. Who recorded it
        // and whom it names never change (the registry's triggers, ADR 0018).
        const seen = await tx.findOne(ConsentGrantSchema, { id: id.toLowerCase() });
        if (!seen) throw noConsent(id);
        await assertMayWithdrawAnothers(
          caller,
          seen,
          () => context.agencies.load(caller.agencyId),
          context.now,
        );
        assertMayWithdraw(caller, seen, id);
        // Gone by the time its lock is ours: deleted by a retention run (ADR 0024) meanwhile.
        const found = await tx.findOne(
          ConsentGrantSchema,
          { id: seen.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        if (!found) throw noConsent(id);
        // The withdrawal's instant is taken once the row is ours, not when the request began (a
        // concurrent withdrawal may have held it for long). Decisions read grants without a lock,
        // so one made between this instant and the commit still sees the consent: the window is
        // the write's own few milliseconds (docs/security.md).
        const now = new Date();
        context.now = now;
        // Whether the caller's agency still takes part, again on that instant and read afresh: it
        // may have left while the withdrawal waited for the row (or midnight passed).
        await assertMayWithdrawAnothers(
          caller,
          found,
          () => tx.findOne(AgencySchema, { id: caller.agencyId }),
          now,
        );
        if (found.withdrawnAt) {
          throw badField(
            `consent ${found.id} was already withdrawn at ${found.withdrawnAt.toISOString()}`,
            'id',
            'id',
          );
        }
        if (found.validUntil && found.validUntil.getTime() <= now.getTime()) {
          throw badField(
            `consent ${found.id} expired on ${found.validUntil.toISOString()}; an expired consent no longer applies and cannot be withdrawn`,
            'id',
            'id',
          );
        }
        found.withdrawnAt = now;
        found.withdrawnBy = caller.actor;
        tx.create(ConsentEventSchema, {
          id: randomUUID(),
          grant: found,
          kind: 'WITHDRAWN',
          at: now,
          actor: caller.actor,
          agencyId: caller.agencyId,
          reason: why,
        });
        await tx.flush();
        return found;
      })
      .catch((error: unknown) => rethrowClockRefusal(error, caller.requestId));
    return afterWrite(context, grant);
  },
};
