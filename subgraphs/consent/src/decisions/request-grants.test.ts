/**
 * The grants a query's decisions are made on: read once per request, for as long as the request
 * may run from its first read, and never held beyond a bound whatever a caller asks about.
 */
import { randomUUID } from 'node:crypto';
import type { ConsentCaller } from '@wohnnetz/consent-enforcement';
import { RequestGrants } from './request-grants';

const caller = (requestId: string, operationType: ConsentCaller['operationType'] = 'query') => ({
  actor: 'tester',
  agencyId: 'welfare-hagen-mitte',
  agencyKind: 'WELFARE_PROVIDER',
  roles: ['caseworker'],
  purpose: 'TENANCY_SUPPORT',
  requestId,
  operationType,
});

/** A registry whose grants reads are counted (no grants: only the reads matter here). */
function counted(Grants: typeof RequestGrants = RequestGrants) {
  const reads: string[][] = [];
  const grants = new Grants((_caller, householdIds) => {
    reads.push(householdIds);
    return Promise.resolve({ agency: null, grants: [] });
  });
  return { grants, reads };
}

/** RequestGrants with its cache's clock faked: loaded anew once jest's fake timers are on. */
function withFakeClock(): typeof RequestGrants {
  jest.useFakeTimers({ now: Date.now() });
  // The fake performance clock starts at 0, which the cache takes for "no start time".
  jest.advanceTimersByTime(1_000);
  let loaded: typeof RequestGrants | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = (require('./request-grants') as { RequestGrants: typeof RequestGrants }).RequestGrants;
  });
  return loaded!;
}

const households = (count: number) => Array.from({ length: count }, () => randomUUID());

afterEach(() => jest.useRealTimers());

test("a query's later calls read only the households no call of it has read yet", async () => {
  const { grants, reads } = counted();
  const [a, b] = households(2);
  const query = caller(randomUUID());
  await grants.of(query, [a!]);
  await grants.of(query, [a!, b!]);
  await grants.of(query, [a!, b!]);
  expect(reads).toEqual([[a], [b]]);
  // Another request, and a mutation, read afresh.
  await grants.of(caller(randomUUID()), [a!]);
  await grants.of(caller(query.requestId, 'mutation'), [a!]);
  expect(reads).toHaveLength(4);
});

test("a query's grants are kept 60 s from its first read, however often it asks", async () => {
  const { grants, reads } = counted(withFakeClock());
  const [a, ...later] = households(6);
  const query = caller(randomUUID());
  const readsOfA = () => reads.filter((ids) => ids.includes(a!)).length;
  await grants.of(query, [a!]);
  // Every 11 s a call that also asks about a household not read yet.
  for (const household of later) {
    jest.advanceTimersByTime(11_000);
    await grants.of(query, [a!, household]);
  }
  expect(readsOfA()).toBe(1);
  jest.advanceTimersByTime(6_000);
  await grants.of(query, [a!]);
  expect(readsOfA()).toBe(2);
});

test('a query that asks about more households than the registry keeps is read afresh', async () => {
  const { grants, reads } = counted();
  const many = households(100_001);
  const query = caller(randomUUID());
  await grants.of(query, many);
  await grants.of(query, many);
  expect(reads).toHaveLength(2);
});

test("a query's calls go by the agency's registration as its first read saw it", async () => {
  const registrations = [
    { kind: 'WELFARE_PROVIDER', leftOn: null },
    { kind: 'WELFARE_PROVIDER', leftOn: '2026-01-01' },
  ];
  let readsSoFar = 0;
  const grants = new RequestGrants(() =>
    Promise.resolve({ agency: registrations[readsSoFar++]!, grants: [] }),
  );
  const [a, b] = households(2);
  const query = caller(randomUUID());
  expect((await grants.of(query, [a!])).agency).toEqual(registrations[0]);
  // The second call reads b, and with it the registration the operator has changed meanwhile.
  expect((await grants.of(query, [b!])).agency).toEqual(registrations[0]);
  expect(readsSoFar).toBe(2);
  // A mutation reads afresh, and goes by what it reads.
  readsSoFar = 1;
  expect((await grants.of(caller(query.requestId, 'mutation'), [a!])).agency).toEqual(
    registrations[1],
  );
});
