import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { POLICY_PATH, PolicyError, consentPolicy, parsePolicy } from './policy';

const source = readFileSync(POLICY_PATH, 'utf8');
const withChange = (change: (document: Record<string, unknown>) => void) => {
  const document = parse(source) as Record<string, unknown>;
  change(document);
  return stringify(document);
};

describe('the consent policy file', () => {
  test('loads and validates', () => {
    const policy = consentPolicy();
    expect(policy.version).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(policy.special('HEALTH')).toBe('GDPR_ART_9');
    expect(policy.special('CRIMINAL_RECORD')).toBe('GDPR_ART_10');
    expect(policy.special('IDENTITY')).toBeUndefined();
  });

  test.each([
    [
      'an unknown category in a rule',
      (d: Record<string, unknown>) => {
        (d.rules as { categories: string[] }[])[0]!.categories.push('SHOE_SIZE');
      },
      /unknown category SHOE_SIZE/,
    ],
    [
      'an unknown requesting kind',
      (d: Record<string, unknown>) => {
        (d.rules as { requesters?: string[] }[])[0]!.requesters = ['BAKERY'];
      },
      /unknown agency_kind BAKERY/,
    ],
    [
      'an unknown purpose of a role',
      (d: Record<string, unknown>) => {
        (d.roles as Record<string, { purposes: string[] }>).caseworker!.purposes.push('GOSSIP');
      },
      /unknown purpose GOSSIP/,
    ],
    [
      'a statutory rule without its paragraph',
      (d: Record<string, unknown>) => {
        const rule = (d.rules as Record<string, unknown>[]).find((r) => r.basis === 'statutory')!;
        delete rule.paragraph;
      },
      /paragraph/,
    ],
    [
      'an unknown basis',
      (d: Record<string, unknown>) => {
        (d.rules as Record<string, unknown>[])[0]!.basis = 'maybe';
      },
      /basis/,
    ],
    [
      'an owner kind that does not exist',
      (d: Record<string, unknown>) => {
        (d.owners as Record<string, string>).housing = 'CASTLE';
      },
      /owners.housing: unknown agency_kind CASTLE/,
    ],
    [
      'a consent rule for a purpose no household can consent to',
      (d: Record<string, unknown>) => {
        (d.rules as Record<string, unknown>[]).push({
          categories: ['IDENTITY'],
          purposes: ['DATA_PROTECTION_SUPERVISION'],
          basis: 'consent',
        });
      },
      /basis consent, but no household can consent to DATA_PROTECTION_SUPERVISION/,
    ],
    [
      'a consent rule for a category no household can consent to release',
      (d: Record<string, unknown>) => {
        (d.rules as Record<string, unknown>[]).push({
          categories: ['ACCESS_LOG'],
          basis: 'consent',
        });
      },
      /basis consent, but no household can consent to release ACCESS_LOG/,
    ],
    [
      'a purpose marked consentable with something other than true or false',
      (d: Record<string, unknown>) => {
        (d.purposes as Record<string, unknown>).TRAINING = { description: 'x', consentable: 'no' };
      },
      /purposes.TRAINING/,
    ],
  ])('is refused at load with %s', (_case, change, message) => {
    const load = () => parsePolicy(withChange(change));
    expect(load).toThrow(PolicyError);
    expect(load).toThrow(message);
  });
});

describe('owners', () => {
  const subgraphs = ['housing', 'jobcenter', 'welfare', 'landlords', 'training', 'consent'];

  test('the policy file names an owning kind for each subgraph, and for nothing else', () => {
    expect(() => consentPolicy().assertOwnersOf(subgraphs)).not.toThrow();
  });

  test('a missing or misspelled subgraph is named', () => {
    const policy = parsePolicy(
      withChange((d) => {
        const owners = d.owners as Record<string, string>;
        owners.wellfare = owners.welfare!;
        delete owners.welfare;
      }),
    );
    expect(() => policy.assertOwnersOf(subgraphs)).toThrow(
      new PolicyError([
        'owners: no owning agency kind for subgraph welfare',
        'owners.wellfare: no such subgraph (there are housing, jobcenter, welfare, landlords, training, consent)',
      ]),
    );
  });
});

describe('rules', () => {
  const policy = consentPolicy();

  test.each(['LANDLORD', 'TRAINING_PROVIDER'])(
    'Art. 9 and Art. 10 data never reach a %s, for any purpose',
    (requester) => {
      for (const category of ['HEALTH', 'CRIMINAL_RECORD']) {
        for (const purpose of policy.purposes) {
          for (const owner of policy.agencyKinds) {
            expect(policy.ruleFor(category, owner, requester, purpose).basis).toBe('never');
          }
        }
      }
    },
  );

  test('a statutory basis names its paragraph', () => {
    const rule = policy.ruleFor(
      'RENT_ARREARS',
      'JOBCENTER',
      'HOUSING_OFFICE',
      'EVICTION_PREVENTION',
    );
    expect(rule.basis).toBe('statutory');
    // The transmission power is § 69 (1) 1 SGB X; § 22 (9) SGB II is the court's duty to notify
    // the Jobcenter, not a basis for the Jobcenter's release to a housing office.
    expect(rule.basis === 'statutory' && rule.paragraph).toMatch(/^§ 69 Abs\. 1 Nr\. 1 SGB X/);
    expect(rule.basis === 'statutory' && rule.paragraph).not.toMatch(/§ 22 Abs\. 9/);
  });

  test('a rule applies only to the data of the owning, requesting kinds and purposes it names', () => {
    // § 69 (1) 1 SGB X covers the Jobcenter's warnings to a housing office for eviction
    // prevention (securing the accommodation, § 22 (8) SGB II): not the same category recorded by
    // another kind of agency, not another requester and not another purpose.
    expect(
      policy.ruleFor('RENT_ARREARS', 'WELFARE_PROVIDER', 'HOUSING_OFFICE', 'EVICTION_PREVENTION'),
    ).toEqual({ basis: 'consent' });
    expect(
      policy.ruleFor('RENT_ARREARS', 'JOBCENTER', 'WELFARE_PROVIDER', 'EVICTION_PREVENTION'),
    ).toEqual({ basis: 'consent' });
    expect(
      policy.ruleFor('RENT_ARREARS', 'JOBCENTER', 'HOUSING_OFFICE', 'HOUSING_PLACEMENT'),
    ).toEqual({ basis: 'consent' });
    // § 69 SGB X covers the housing office's members to the Jobcenter, not a landlord's record.
    expect(policy.ruleFor('IDENTITY', 'LANDLORD', 'JOBCENTER', 'BENEFIT_ADMINISTRATION')).toEqual({
      basis: 'consent',
    });
    expect(
      policy.ruleFor('IDENTITY', 'HOUSING_OFFICE', 'JOBCENTER', 'BENEFIT_ADMINISTRATION').basis,
    ).toBe('statutory');
  });

  test('without a matching rule, consent is required', () => {
    expect(
      policy.ruleFor('TRAINING_RESULTS', 'TRAINING_PROVIDER', 'LANDLORD', 'HOUSING_PLACEMENT'),
    ).toEqual({
      basis: 'consent',
    });
  });

  test('a purpose is consentable unless the policy says otherwise', () => {
    expect([...policy.consentablePurposes].sort()).toEqual(
      [...policy.purposes].filter((purpose) => purpose !== 'DATA_PROTECTION_SUPERVISION').sort(),
    );
  });

  test('where no consent could release a value and no rule gives a basis, it is never released', () => {
    // No rule gives a data-protection officer a household's identity data: a household cannot
    // consent to supervision, so there is no consent to ask for.
    expect(
      policy.ruleFor(
        'IDENTITY',
        'HOUSING_OFFICE',
        'WELFARE_PROVIDER',
        'DATA_PROTECTION_SUPERVISION',
      ),
    ).toEqual({
      basis: 'never',
      reason:
        'no rule gives a basis, and a household cannot consent to DATA_PROTECTION_SUPERVISION',
    });
    expect(
      policy.ruleFor('ACCESS_LOG', 'HOUSING_OFFICE', 'JOBCENTER', 'CASE_COORDINATION'),
    ).toEqual({
      basis: 'never',
      reason: 'no rule gives a basis, and no household consent can release ACCESS_LOG data',
    });
    // A rule's basis still decides: the officer audits consents on a statutory basis.
    expect(
      policy.ruleFor(
        'CONSENT_RECORDS',
        'HOUSING_OFFICE',
        'JOBCENTER',
        'DATA_PROTECTION_SUPERVISION',
      ).basis,
    ).toBe('statutory');
    expect(policy.neverReleases('IDENTITY', 'JOBCENTER', 'DATA_PROTECTION_SUPERVISION')).toBe(true);
  });

  test('roles limit the purposes a user may declare', () => {
    expect(policy.permitsPurpose(['trainer'], 'TRAINING', 'TRAINING_PROVIDER')).toBe(true);
    expect(policy.permitsPurpose(['trainer'], 'EVICTION_PREVENTION', 'TRAINING_PROVIDER')).toBe(
      false,
    );
    expect(policy.permitsPurpose(['unknown-role'], 'TRAINING', 'TRAINING_PROVIDER')).toBe(false);
  });

  test('a role counts only for the kinds of agency it is meant for', () => {
    expect(policy.permitsPurpose(['caseworker'], 'CASE_COORDINATION', 'JOBCENTER')).toBe(true);
    expect(policy.permitsPurpose(['caseworker'], 'CASE_COORDINATION', 'LANDLORD')).toBe(false);
    expect(
      policy.permitsPurpose(['data_protection_officer'], 'DATA_PROTECTION_SUPERVISION', 'LANDLORD'),
    ).toBe(true);
    expect(
      policy.rolesFor(
        ['landlord_staff', 'caseworker', 'data_protection_officer', 'admin'],
        'LANDLORD',
      ),
    ).toEqual(['landlord_staff', 'data_protection_officer']);
  });

  test('the purposes an agency of a kind may declare, with any of its roles', () => {
    expect([...policy.purposesOf('LANDLORD')].sort()).toEqual([
      'DATA_PROTECTION_SUPERVISION',
      'EVICTION_PREVENTION',
      'HOUSING_PLACEMENT',
      'TENANCY_SUPPORT',
    ]);
    expect(policy.purposesOf('TRAINING_PROVIDER').has('TRAINING')).toBe(true);
    expect(policy.purposesOf('TRAINING_PROVIDER').has('BENEFIT_ADMINISTRATION')).toBe(false);
  });

  test('what the policy never releases to a kind of agency, whoever owns the data', () => {
    expect(policy.neverReleases('HEALTH', 'LANDLORD', 'TENANCY_SUPPORT')).toBe(true);
    expect(policy.neverReleases('CRIMINAL_RECORD', 'LANDLORD', 'HOUSING_PLACEMENT')).toBe(true);
    expect(policy.neverReleases('SUPPORT_NOTES', 'LANDLORD', 'TENANCY_SUPPORT')).toBe(false);
    expect(policy.neverReleases('HEALTH', 'WELFARE_PROVIDER', 'TENANCY_SUPPORT')).toBe(false);
  });
});
