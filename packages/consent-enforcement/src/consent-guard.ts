import DataLoader from 'dataloader';
import type { Decision, DecisionRequest } from '@wohnnetz/consent-policy';
import type { ConsentCaller, DecisionService, GatewayCredentials } from './decision-service';

export interface GuardedValue {
  householdId: string;
  category: string;
  /** Schema coordinate, e.g. Household.benefitCase. */
  field: string;
  /** The guarded field (same household) it is nested in, when it is decided ahead. */
  nestedIn?: string;
}

/** Per request: decides guarded values, batched into one registry call per tick. */
export interface ConsentGuard {
  decide(value: GuardedValue): Promise<Decision>;
  /**
   * The decision this request already made about a household's field, if any: most guarded
   * fields of a page are decided in a batch before they execute (members' fields with their
   * household's), and answering those without a promise spares the shield a round of them.
   */
  decided(householdId: string, field: string): Decision | undefined;
  /** Registry calls made in this request (for tests and benchmarks). */
  readonly registryCalls: number;
}

export interface ConsentGuardOptions {
  subgraph: string;
  caller: ConsentCaller;
  credentials: GatewayCredentials;
  service: DecisionService;
  /** The agencies that recorded each household's data in this subgraph. */
  ownersOf: (householdIds: readonly string[]) => Promise<Map<string, string[]>>;
}

// A field's category is fixed by the SDL, so a field of a household identifies its decision.
const keyOf = (value: GuardedValue) => `${value.householdId}\u0000${value.field}`;

const ownTask = (request: DecisionRequest): Decision => ({
  ...request,
  released: true,
  basis: 'OWN_TASK',
  reference: null,
});

/**
 * A guard lives exactly as long as its request: decisions are never reused across requests, so a
 * withdrawal takes effect on the next one. Within the request, each guarded field of a household
 * is decided and logged once.
 */
export function createConsentGuard(options: ConsentGuardOptions): ConsentGuard {
  let registryCalls = 0;
  /** Household → field → decision, for every decision this request has made. */
  const made = new Map<string, Map<string, Decision>>();
  const remember = (decision: Decision) => {
    // Decided ahead for a field whose parent was withheld: not an answer for another path.
    if (decision.basis === 'NOT_REACHED') return;
    let fields = made.get(decision.householdId);
    if (!fields) {
      fields = new Map<string, Decision>();
      made.set(decision.householdId, fields);
    }
    fields.set(decision.field, decision);
  };
  const loader = new DataLoader<GuardedValue, Decision, string>(
    async (values) => {
      const owners = await options.ownersOf([...new Set(values.map((v) => v.householdId))]);
      const requests: DecisionRequest[] = values.map((value) => ({
        ...value,
        subgraph: options.subgraph,
        ownerAgencyIds: owners.get(value.householdId) ?? [],
      }));
      // The agency's own records need no registry: released as its own task, and not logged
      // (not a disclosure). Everything else is decided and logged by the registry.
      const own = (request: DecisionRequest) =>
        request.ownerAgencyIds.includes(options.caller.agencyId);
      const foreign = requests.filter((request) => !own(request));
      let decided: Decision[] = [];
      if (foreign.length > 0) {
        registryCalls += 1;
        decided = await options.service.decide(options.caller, options.credentials, foreign);
      }
      let next = 0;
      const decisions = requests.map((request) =>
        own(request) ? ownTask(request) : decided[next++]!,
      );
      decisions.forEach(remember);
      return decisions;
    },
    { cacheKeyFn: keyOf },
  );
  return {
    decide: async (value) => {
      const decision = await loader.load(value);
      if (decision.basis === 'NOT_REACHED') loader.clear(value);
      return decision;
    },
    decided: (householdId, field) => made.get(householdId)?.get(field),
    get registryCalls() {
      return registryCalls;
    },
  };
}
