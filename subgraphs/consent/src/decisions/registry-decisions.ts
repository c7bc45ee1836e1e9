/**
 * The registry's decisions: evaluates the policy and the household's grants for a batch of
 * guarded values and writes one access-log entry per decision about a foreign agency — committed
 * before the decisions are returned, so no value leaves a subgraph unlogged.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConsentCaller, DecisionService } from '@wohnnetz/consent-enforcement';
import {
  consentPolicy,
  decide,
  type Decision,
  type DecisionRequest,
  type GrantView,
} from '@wohnnetz/consent-policy';
import { AccessLogEntrySchema, type AccessBasis } from '../entities/access-log-entry.entity';
import { ConsentGrantSchema } from '../entities/consent-grant.entity';

async function grantsOf(em: EntityManager, householdIds: string[]): Promise<GrantView[]> {
  if (householdIds.length === 0) return [];
  const grants = await em.find(ConsentGrantSchema, { householdId: { $in: householdIds } });
  return grants.map((grant) => ({
    id: grant.id,
    householdId: grant.householdId,
    recipientAgencyId: grant.recipientAgencyId ?? null,
    recipientAgencyKind: grant.recipientAgencyKind ?? null,
    categories: grant.categories,
    purposes: grant.purposes,
    validFrom: grant.validFrom,
    validUntil: grant.validUntil ?? null,
    withdrawnAt: grant.withdrawnAt ?? null,
  }));
}

/** Decides and logs in one transaction; throws (and releases nothing) if the log fails. */
export async function decideAndLog(
  em: EntityManager,
  caller: ConsentCaller,
  requests: DecisionRequest[],
): Promise<Decision[]> {
  const policy = consentPolicy();
  const now = new Date();
  const householdIds = [...new Set(requests.map((request) => request.householdId))];
  return em.fork().transactional(async (tx) => {
    const grants = await grantsOf(tx, householdIds);
    const decisions = requests.map((request) => decide(policy, caller, request, grants, now));
    const entries = decisions
      // The agency's own records: not a disclosure.
      .filter((decision) => decision.basis !== 'OWN_TASK')
      .map((decision) => ({
        id: randomUUID(),
        at: now,
        requestId: caller.requestId,
        actor: caller.actor,
        agencyId: caller.agencyId,
        agencyKind: caller.agencyKind,
        purpose: caller.purpose,
        householdId: decision.householdId,
        category: decision.category,
        field: decision.field,
        subgraph: decision.subgraph,
        released: decision.released,
        basis: decision.basis as AccessBasis,
        reference: decision.reference,
      }));
    // One multi-row statement, however many decisions.
    if (entries.length > 0) await tx.insertMany(AccessLogEntrySchema, entries);
    return decisions;
  });
}

/** The registry deciding its own guarded fields, without a network hop. */
export function localDecisionService(em: EntityManager): DecisionService {
  return { decide: (caller, _credentials, requests) => decideAndLog(em, caller, requests) };
}
