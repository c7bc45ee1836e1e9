/**
 * The per-request consent guard on its own: which values it sends to the decision service, in
 * which batch, and what each caller gets back. The decision service evaluates the real policy
 * (and its nesting rule) over grants held in memory.
 */
import { createConsentGuard, type GuardedValue } from './consent-guard';
import type { DecidedBatch, DecisionService } from './decision-service';
import { grantOf, inMemoryRegistry, testCaller } from './in-memory-registry';

const A = '11111111-1111-4111-8111-111111111111';

function guardOverRegistry(grants: ReturnType<typeof grantOf>[]) {
  const registry = inMemoryRegistry(grants);
  const guard = createConsentGuard({
    subgraph: 'landlords',
    caller: testCaller,
    credentials: {
      subgraph: 'landlords',
      token: 't',
      operation: { query: '', operationName: null, variables: {} },
    },
    service: registry,
    ownersOf: () => Promise.resolve(new Map()),
  });
  return { guard, batches: registry.batches };
}

// A's tenancy is released to the caller by consent; nothing else of A is.
const tenancyOfA = grantOf(A, ['TENANCY']);

const unit: GuardedValue = { householdId: A, category: 'IDENTITY', field: 'Tenancy.unit' };
const note: GuardedValue = { householdId: A, category: 'TENANCY', field: 'Unit.note' };

describe('the consent guard', () => {
  test('asks once per household and field, in one batch per tick', async () => {
    const { guard, batches } = guardOverRegistry([tenancyOfA]);
    const [first, second] = await Promise.all([guard.decide(note), guard.decide(note)]);
    expect(first).toBe(second);
    expect(first).toMatchObject({ released: true, basis: 'CONSENT', reference: tenancyOfA.id });
    expect(batches).toHaveLength(1);
    expect(guard.decided(A, 'Unit.note')).toBe(first);
    expect(guard.registryCalls).toBe(1);
  });

  test('a value asked ahead below a withheld field is not reached; asked directly in the same tick, it is decided on its own', async () => {
    const { guard, batches } = guardOverRegistry([tenancyOfA]);
    const [enclosing, ahead, direct] = await Promise.all([
      guard.decide(unit),
      guard.decide({ ...note, nestedIn: unit.field }),
      guard.decide(note),
    ]);
    expect(enclosing).toMatchObject({ released: false, basis: 'NO_CONSENT' });
    expect(ahead).toMatchObject({ released: false, basis: 'NOT_REACHED' });
    // Not the answer for the path through the withheld field: the direct value has its own.
    expect(direct).toMatchObject({ released: true, basis: 'CONSENT', reference: tenancyOfA.id });
    expect(direct.nestedIn).toBeUndefined();
    expect(batches.map((batch) => batch.map((request) => request.field))).toEqual([
      ['Tenancy.unit', 'Unit.note'],
      ['Unit.note'],
    ]);
    expect(guard.decided(A, 'Unit.note')).toBe(direct);
  });

  test('a value asked ahead below a released field shares its decision with the direct one', async () => {
    const { guard, batches } = guardOverRegistry([
      { ...tenancyOfA, categories: ['TENANCY', 'IDENTITY'] },
    ]);
    const [, ahead, direct] = await Promise.all([
      guard.decide(unit),
      guard.decide({ ...note, nestedIn: unit.field }),
      guard.decide(note),
    ]);
    expect(ahead).toMatchObject({ released: true, basis: 'CONSENT' });
    expect(direct).toBe(ahead);
    expect(batches).toHaveLength(1);
  });

  test('a decision still open when the request forgets its decisions is not kept for the rest of it', async () => {
    // The registry answers the first call only when the test says so: it was asked before a
    // consent was withdrawn (forget()), and lands after.
    const registry = inMemoryRegistry([tenancyOfA]);
    let answerFirst!: () => void;
    const firstAnswered = new Promise<void>((resolve) => (answerFirst = resolve));
    let calls = 0;
    const service: DecisionService = {
      decide: async (...args): Promise<DecidedBatch> => {
        calls += 1;
        if (calls === 1) await firstAnswered;
        return registry.decide(...args);
      },
    };
    const guard = createConsentGuard({
      subgraph: 'landlords',
      caller: { ...testCaller, operationType: 'mutation' },
      credentials: {
        subgraph: 'landlords',
        token: 't',
        operation: { query: '', operationName: null, variables: {} },
      },
      service,
      ownersOf: () => Promise.resolve(new Map()),
    });
    const before = guard.decide(note);
    await new Promise((resolve) => setImmediate(resolve)); // the call is under way
    guard.forget();
    answerFirst();
    await expect(before).resolves.toMatchObject({ released: true, basis: 'CONSENT' });
    // Decided on the state before the forget: the rest of the request decides anew.
    expect(guard.decided(A, 'Unit.note')).toBeUndefined();
    await guard.decide(note);
    expect(calls).toBe(2);
  });
});
