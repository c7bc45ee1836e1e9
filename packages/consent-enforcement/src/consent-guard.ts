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
  /**
   * Settles when every decision this request has made is in the access log; rejects if a log
   * write failed. The subgraph sends its answer only after this (the registry answers with the
   * decisions while it writes them, so the write overlaps with resolving the fields). For a
   * mutation, each decision already waited for its write (its committed changes are never
   * withheld whole), so there is nothing left to wait for.
   */
  logged(): Promise<void>;
  /**
   * Forgets the decisions made so far: a mutation that recorded or withdrew a consent calls it,
   * so that the rest of the operation (a later mutation, the fields it returns) is decided on the
   * new state. A decision still being made then is decided on the old state: it answers only
   * those that asked for it, and is not kept. Log writes already started are still awaited.
   */
  forget(): void;
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

/**
 * The subgraph could not read who recorded its records (its own database failed, `cause`): no
 * decision could be asked for, but the registry is not at fault. The field is withheld with the
 * subgraph's own error, as its resolver would have met it, not as CONSENT_UNAVAILABLE.
 */
export class OwnersUnreadError extends Error {
  override name = 'OwnersUnreadError';
  constructor(cause: unknown) {
    super('the subgraph could not read who recorded its records', { cause });
  }
}

// A field's category is fixed by the SDL, so a field of a household identifies its decision.
const keyOf = (householdId: string, field: string) => `${householdId}\u0000${field}`;
const keyOfValue = (value: GuardedValue) => keyOf(value.householdId, value.field);

const ownTask = (request: DecisionRequest): Decision => ({
  ...request,
  released: true,
  basis: 'OWN_TASK',
  reference: null,
});

const notReached = (request: DecisionRequest): Decision => ({
  ...request,
  released: false,
  basis: 'NOT_REACHED',
  reference: null,
});

/**
 * A guard lives exactly as long as its request: decisions are never reused across requests, so a
 * withdrawal takes effect on the next one. Within the request, each guarded field of a household
 * is decided and logged once.
 */
export function createConsentGuard(options: ConsentGuardOptions): ConsentGuard {
  let registryCalls = 0;
  /**
   * Counts forget(): a batch asked before the last forget() answers its own callers, but is
   * decided on the state before the change, so the rest of the request does not keep it.
   */
  let generation = 0;
  /** The log writes of this request's decision batches. */
  const logWrites: Promise<void>[] = [];
  /** Household → field → decision, for every decision this request has made. */
  const made = new Map<string, Map<string, Decision>>();
  const remember = (decision: Decision) => {
    let fields = made.get(decision.householdId);
    if (!fields) {
      fields = new Map<string, Decision>();
      made.set(decision.householdId, fields);
    }
    fields.set(decision.field, decision);
  };
  /** Every decision this request has asked for, by key (until one decided ahead is not reached). */
  const asked = new Map<string, Promise<Decision>>();
  /** The keys in `asked` that were asked ahead (nestedIn): their answer may be NOT_REACHED. */
  const askedAhead = new Set<string>();
  /**
   * The value to ask about, or null where it was decided ahead below a field that an earlier
   * batch has withheld: such a value is never reached. The registry applies the nesting within a
   * batch; a field decided in an earlier batch (still open, say another root field's) is waited
   * for here, and if it is released the value is decided on its own.
   */
  const reachable = async (values: readonly GuardedValue[]) => {
    const reached: (GuardedValue | null)[] = [...values];
    if (values.every((value) => value.nestedIn === undefined)) return reached;
    const inBatch = new Set(values.map(keyOfValue));
    const waits: Promise<void>[] = [];
    values.forEach((value, index) => {
      if (value.nestedIn === undefined) return;
      const enclosing = keyOf(value.householdId, value.nestedIn);
      if (inBatch.has(enclosing)) return;
      const decision = asked.get(enclosing)?.catch(() => undefined) ?? Promise.resolve(undefined);
      waits.push(
        decision.then((made) => {
          reached[index] = made?.released ? { ...value, nestedIn: undefined } : null;
        }),
      );
    });
    if (waits.length > 0) await Promise.all(waits);
    return reached;
  };
  const loader = new DataLoader<GuardedValue, Decision, string>(
    async (values) => {
      const askedIn = generation;
      const reached = await reachable(values);
      const households = [...new Set(values.map((v) => v.householdId))];
      const owners = await options.ownersOf(households).catch((error: unknown) => {
        throw new OwnersUnreadError(error);
      });
      const requests: DecisionRequest[] = values.map((value, index) => ({
        ...(reached[index] ?? value),
        subgraph: options.subgraph,
        ownerAgencyIds: owners.get(value.householdId) ?? [],
      }));
      // The agency's own records need no registry: released as its own task, and not logged
      // (not a disclosure). Everything else is decided and logged by the registry.
      const kinds = requests.map((request, index) =>
        reached[index] === null
          ? 'not reached'
          : request.ownerAgencyIds.includes(options.caller.agencyId)
            ? 'own'
            : 'foreign',
      );
      const foreign = requests.filter((_, index) => kinds[index] === 'foreign');
      let decided: Decision[] = [];
      if (foreign.length > 0) {
        registryCalls += 1;
        const asked = options.service.decide(
          options.caller,
          options.credentials,
          foreign,
          households,
        );
        if (options.caller.operationType === 'query') {
          // Its log write, awaited before the answer is sent (logged()); a call that brought no
          // decisions released nothing and leaves nothing to wait for. Handled here, so that a
          // failure waiting for that moment is no unhandled rejection.
          const written = asked.then(
            (batch) => batch.logged,
            () => undefined,
          );
          written.catch(() => undefined);
          logWrites.push(written);
          decided = (await asked).decisions;
        } else {
          // A mutation's changes are committed as it runs, so its answer must not be withheld
          // whole: its decisions wait for their own log write, and if that fails, only the
          // fields of this batch are withheld (CONSENT_UNAVAILABLE) beside the committed result.
          const batch = await asked;
          await batch.logged;
          decided = batch.decisions;
        }
      }
      let next = 0;
      const decisions = requests.map((request, index) =>
        kinds[index] === 'not reached'
          ? notReached(request)
          : kinds[index] === 'own'
            ? ownTask(request)
            : decided[next++]!,
      );
      // Asked before the request forgot its decisions (a consent changed meanwhile): neither kept
      // nor cleared, since the loader and `asked` now hold what was asked since.
      if (askedIn !== generation) return decisions;
      decisions.forEach((decision, index) => {
        // Decided ahead for a field whose parent was withheld: not an answer for another path.
        if (decision.basis === 'NOT_REACHED') {
          const key = keyOfValue(values[index]!);
          loader.clear(values[index]!);
          asked.delete(key);
          askedAhead.delete(key);
        } else remember(decision);
      });
      return decisions;
    },
    { cacheKeyFn: keyOfValue },
  );
  const guard: ConsentGuard = {
    decide: (value) => {
      const key = keyOfValue(value);
      // The loader keys a decision by household and field only, so a value asked for directly
      // while the same one, asked ahead, is still open shares that answer — unless it comes back
      // not reached (its enclosing field withheld), which says nothing about this path: then it
      // is decided on its own.
      if (value.nestedIn === undefined && askedAhead.has(key)) {
        return asked
          .get(key)!
          .then((decision) => (decision.basis === 'NOT_REACHED' ? guard.decide(value) : decision));
      }
      const decision = loader.load(value);
      if (!asked.has(key)) {
        asked.set(key, decision);
        if (value.nestedIn !== undefined) askedAhead.add(key);
      }
      return decision;
    },
    decided: (householdId, field) => made.get(householdId)?.get(field),
    forget: () => {
      generation += 1;
      made.clear();
      asked.clear();
      askedAhead.clear();
      loader.clearAll();
    },
    logged: async () => {
      await Promise.all(logWrites);
    },
    get registryCalls() {
      return registryCalls;
    },
  };
  return guard;
}
