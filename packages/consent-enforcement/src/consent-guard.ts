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

const keyOf = (value: GuardedValue) =>
  `${value.householdId}\u0000${value.category}\u0000${value.field}`;

/**
 * A guard lives exactly as long as its request: decisions are never reused across requests, so a
 * withdrawal takes effect on the next one. Within the request, each (household, category,
 * field) is decided and logged once.
 */
export function createConsentGuard(options: ConsentGuardOptions): ConsentGuard {
  let registryCalls = 0;
  const ask = (requests: DecisionRequest[]) => {
    registryCalls += 1;
    return options.service.decide(options.caller, options.credentials, requests);
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
      const decided = foreign.length > 0 ? await ask(foreign) : [];
      let next = 0;
      return requests.map((request) =>
        own(request)
          ? { ...request, released: true, basis: 'OWN_TASK' as const, reference: null }
          : decided[next++]!,
      );
    },
    { cacheKeyFn: keyOf },
  );
  return {
    decide: async (value) => {
      const decision = await loader.load(value);
      // Decided ahead for a field whose parent was withheld: not an answer for another path.
      if (decision.basis === 'NOT_REACHED') loader.clear(value);
      return decision;
    },
    get registryCalls() {
      return registryCalls;
    },
  };
}
