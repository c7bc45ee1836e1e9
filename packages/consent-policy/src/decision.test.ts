import {
  decide,
  isActive,
  withNesting,
  type DecisionRequest,
  type GrantView,
  type Requester,
} from './decision';
import { consentPolicy } from './policy';

const policy = consentPolicy();
const HOUSEHOLD = '6b0d3c1e-8f0a-4c52-9a55-2f1f7f1a0b01';
const T0 = new Date('2026-06-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

const welfare: Requester = {
  agencyId: 'welfare-dortmund-nord',
  agencyKind: 'WELFARE_PROVIDER',
  purpose: 'TENANCY_SUPPORT',
};

const request = (overrides: Partial<DecisionRequest> = {}): DecisionRequest => ({
  householdId: HOUSEHOLD,
  category: 'TENANCY',
  field: 'Household.tenancy',
  subgraph: 'landlords',
  ownerAgencyIds: ['landlord-dortmund-eg'],
  ...overrides,
});

const grant = (overrides: Partial<GrantView> = {}): GrantView => ({
  id: 'grant-1',
  householdId: HOUSEHOLD,
  recipientAgencyId: 'welfare-dortmund-nord',
  recipientAgencyKind: null,
  categories: ['TENANCY'],
  purposes: ['TENANCY_SUPPORT'],
  validFrom: T0,
  validUntil: at(60_000),
  withdrawnAt: null,
  ...overrides,
});

describe('isActive at the exact boundaries', () => {
  test('from validFrom inclusive until validUntil exclusive', () => {
    expect(isActive(grant(), at(-1))).toBe(false);
    expect(isActive(grant(), T0)).toBe(true);
    expect(isActive(grant(), at(59_999))).toBe(true);
    expect(isActive(grant(), at(60_000))).toBe(false);
  });

  test('a withdrawal takes effect once it can be read, also where the clock reads an earlier time', () => {
    const withdrawn = grant({ validUntil: null, withdrawnAt: at(1000) });
    expect(isActive(withdrawn, at(999))).toBe(false);
    expect(isActive(withdrawn, at(1000))).toBe(false);
  });
});

describe('decide', () => {
  test("the record's own agency: own task, no grant needed", () => {
    const decision = decide(
      policy,
      { ...welfare, agencyId: 'landlord-dortmund-eg', agencyKind: 'LANDLORD' },
      request(),
      [],
      T0,
    );
    expect(decision).toMatchObject({ released: true, basis: 'OWN_TASK' });
  });

  test('an active grant for this agency, category and purpose releases, naming the grant', () => {
    expect(decide(policy, welfare, request(), [grant()], T0)).toMatchObject({
      released: true,
      basis: 'CONSENT',
      reference: 'grant-1',
    });
  });

  test.each([
    ['another purpose', grant({ purposes: ['TRAINING'] })],
    ['another category', grant({ categories: ['IDENTITY'] })],
    ['another agency', grant({ recipientAgencyId: 'welfare-hagen-mitte' })],
    ['another household', grant({ householdId: '6b0d3c1e-8f0a-4c52-9a55-2f1f7f1a0b02' })],
    ['an expired grant', grant({ validUntil: T0, validFrom: at(-60_000) })],
    ['a withdrawn grant', grant({ withdrawnAt: T0 })],
    ['a future grant', grant({ validFrom: at(1) })],
  ])('%s does not cover the request', (_case, candidate) => {
    expect(decide(policy, welfare, request(), [candidate], T0)).toMatchObject({
      released: false,
      basis: 'NO_CONSENT',
    });
  });

  test('a grant to an agency kind covers every agency of that kind', () => {
    const toKind = grant({ recipientAgencyId: null, recipientAgencyKind: 'WELFARE_PROVIDER' });
    expect(decide(policy, welfare, request(), [toKind], T0).released).toBe(true);
    expect(
      decide(policy, { ...welfare, agencyKind: 'JOBCENTER' }, request(), [toKind], T0).released,
    ).toBe(false);
  });

  test('a statutory basis releases without consent and names the paragraph', () => {
    const decision = decide(
      policy,
      {
        agencyId: 'housing-dortmund',
        agencyKind: 'HOUSING_OFFICE',
        purpose: 'EVICTION_PREVENTION',
      },
      request({
        category: 'RENT_ARREARS',
        subgraph: 'jobcenter',
        ownerAgencyIds: ['jobcenter-dortmund'],
      }),
      [],
      T0,
    );
    expect(decision).toMatchObject({ released: true, basis: 'STATUTORY' });
    expect(decision.reference).toMatch(/^§ 69 Abs\. 1 Nr\. 1 SGB X/);
  });

  test('"never" wins over any consent: health data never reach a landlord', () => {
    const landlord: Requester = {
      agencyId: 'landlord-dortmund-eg',
      agencyKind: 'LANDLORD',
      purpose: 'TENANCY_SUPPORT',
    };
    const consent = grant({
      recipientAgencyId: 'landlord-dortmund-eg',
      categories: ['HEALTH'],
    });
    const decision = decide(
      policy,
      landlord,
      request({
        category: 'HEALTH',
        subgraph: 'welfare',
        ownerAgencyIds: ['welfare-dortmund-nord'],
      }),
      [consent],
      T0,
    );
    expect(decision).toMatchObject({ released: false, basis: 'NEVER' });
  });

  test('for a purpose no household can consent to, no grant releases and there is none to ask for', () => {
    const officer: Requester = { ...welfare, purpose: 'DATA_PROTECTION_SUPERVISION' };
    // Even a grant naming the purpose (the registry refuses to record one) releases nothing.
    const consent = grant({ purposes: ['DATA_PROTECTION_SUPERVISION'] });
    expect(decide(policy, officer, request(), [consent], T0)).toMatchObject({
      released: false,
      basis: 'NEVER',
      reference:
        'no rule gives a basis, and a household cannot consent to DATA_PROTECTION_SUPERVISION',
    });
  });
});

describe('withNesting', () => {
  test('a field decided ahead counts only if the field it is nested in is released', () => {
    const parent = decide(
      policy,
      welfare,
      request({ field: 'Household.supportCases', category: 'SUPPORT_NOTES', subgraph: 'welfare' }),
      [],
      T0,
    );
    const nested = decide(
      policy,
      welfare,
      request({
        field: 'SupportCase.healthNotes',
        category: 'HEALTH',
        subgraph: 'welfare',
        nestedIn: 'Household.supportCases',
      }),
      [grant({ categories: ['HEALTH'] })],
      T0,
    );
    expect(parent.released).toBe(false);
    expect(nested.released).toBe(true);
    const [, after] = withNesting([parent, nested]);
    expect(after).toMatchObject({ released: false, basis: 'NOT_REACHED' });
    const released = { ...parent, released: true };
    expect(withNesting([released, nested])[1]).toEqual(nested);
  });
});
