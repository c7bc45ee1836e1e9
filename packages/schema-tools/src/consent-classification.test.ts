/**
 * The classification check behind `pnpm check:consent`: each rule it enforces, on small SDL
 * documents (the real subgraphs are checked by the command itself and by the catalogue test).
 */
import { consentPolicy } from '@wohnnetz/consent-policy';
import { rootFieldAccess, rootRuleProblems } from './classify-subgraphs';
import { checkConsentClassification, crossSubgraphProblems } from './consent-classification';

const policy = consentPolicy();
const problemsOf = (sdl: string) => checkConsentClassification('welfare', sdl, policy).problems;

const HOUSEHOLD = `
  type Household @key(fields: "id") {
    id: ID! @noPersonalData
  }
`;

describe('every field is classified', () => {
  test('a classified schema has no problems', () => {
    expect(
      problemsOf(`
        type Household @key(fields: "id") {
          id: ID! @noPersonalData
          notes: [Note!] @consent(category: "HEALTH")
        }
        type Note @consent(category: "HEALTH") { text: String }
        type Query { providers: [Provider!]! }
        type Provider @noPersonalData { name: String! }
      `),
    ).toEqual([]);
  });

  test.each([
    [
      'an unclassified field',
      'type Thing @key(fields: "id") { id: ID! x: Int }',
      /Thing.id is unclassified/,
    ],
    [
      'an unclassified field of a type extension',
      `${HOUSEHOLD} extend type Household { size: Int }`,
      /Household.size is unclassified/,
    ],
    [
      'a category the policy lacks',
      'type Thing { x: Int @consent(category: "SHOE_SIZE") }',
      /Thing.x names category "SHOE_SIZE", which the policy lacks/,
    ],
    [
      'a guarded field that is not nullable',
      'type Thing { x: Int! @consent(category: "HEALTH") }',
      /guarded field Thing.x must be nullable/,
    ],
    [
      'a field classified twice',
      'type Thing { x: Int @noPersonalData @consent(category: "HEALTH") }',
      /Thing.x is classified twice/,
    ],
    [
      'a guarded field in a type without personal data',
      'type Thing @noPersonalData { x: Int @consent(category: "HEALTH") }',
      /Thing.x is guarded in a type marked @noPersonalData/,
    ],
    [
      'a field computed from other subgraphs’ fields',
      `${HOUSEHOLD} extend type Household { income: Int @external @consent(category: "INCOME_BENEFITS") band: String @noPersonalData @requires(fields: "income") }`,
      /Household.band uses @requires, which the consent check does not support/,
    ],
    [
      'a field that resolves other subgraphs’ fields',
      `${HOUSEHOLD} type Thing @key(fields: "id") { id: ID! @noPersonalData owner: Household @noPersonalData @provides(fields: "id") }`,
      /Thing.owner uses @provides/,
    ],
    [
      '@provides on a root field',
      `${HOUSEHOLD} type Query { h: Household @provides(fields: "id") }`,
      /Query.h uses @provides/,
    ],
    [
      '@requires under federation’s namespaced name',
      `${HOUSEHOLD} extend type Household { band: String @noPersonalData @federation__requires(fields: "id") }`,
      /Household.band uses @federation__requires/,
    ],
    [
      '@requires imported under another name',
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", { name: "@requires", as: "@needs" }])
       ${HOUSEHOLD} extend type Household { band: String @noPersonalData @needs(fields: "id") }`,
      /Household.band uses @needs/,
    ],
    [
      'an entity guarded as a whole',
      'type Thing @key(fields: "id") @consent(category: "HEALTH") { id: ID! }',
      /entity Thing cannot be guarded as a whole/,
    ],
    [
      'an entity guarded as a whole in a type extension',
      'type Thing @key(fields: "id") { id: ID! @noPersonalData } extend type Thing @consent(category: "HEALTH") { note: String }',
      /entity Thing cannot be guarded as a whole/,
    ],
    [
      'a type guarded as a whole made an entity in a type extension',
      'type Thing @consent(category: "HEALTH") { id: ID! } extend type Thing @key(fields: "id")',
      /entity Thing cannot be guarded as a whole/,
    ],
    [
      'an entity guarded as a whole under federation’s namespaced @key',
      'type Thing @federation__key(fields: "id") @consent(category: "HEALTH") { id: ID! }',
      /entity Thing cannot be guarded as a whole/,
    ],
    [
      'an entity guarded as a whole under @key imported under another name',
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: [{ name: "@key", as: "@entity" }])
       type Thing @entity(fields: "id") @consent(category: "HEALTH") { id: ID! }`,
      /entity Thing cannot be guarded as a whole/,
    ],
    [
      'a type classified in its definition and again in a type extension',
      'type Note @noPersonalData { t: String } extend type Note @consent(category: "HEALTH") { u: String }',
      /Note is classified twice/,
    ],
    [
      'a guarded field in a type an extension of it marks @noPersonalData',
      'type Thing { x: Int @consent(category: "HEALTH") } extend type Thing @noPersonalData { y: Int }',
      /Thing.x is guarded in a type marked @noPersonalData/,
    ],
  ])('%s is a problem', (_case, sdl, problem) => {
    expect(problemsOf(sdl)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  test('a type classified in its definition or in an extension classifies the fields of both', () => {
    expect(
      problemsOf(`
        type Household @key(fields: "id") {
          id: ID! @noPersonalData
          memos: [Memo!] @consent(category: "SUPPORT_NOTES")
          office: Office @noPersonalData
        }
        type Memo { text: String }
        extend type Memo @consent(category: "SUPPORT_NOTES") { author: String }
        type Office @noPersonalData { name: String }
        extend type Office { city: String }
      `),
    ).toEqual([]);
  });
});

describe('a type guarded as a whole is reached only through fields guarded with its category', () => {
  test.each([
    [
      'a field without personal data',
      'type Thing @noPersonalData { note: Note } type Note @consent(category: "HEALTH") { t: String }',
      /Thing.note returns Note \(category HEALTH\) and must be guarded/,
    ],
    [
      'a field guarded with another category',
      'type Thing { note: Note @consent(category: "IDENTITY") } type Note @consent(category: "HEALTH") { t: String }',
      /Thing.note returns Note \(category HEALTH\)/,
    ],
    [
      'a field returning a union with a guarded member',
      `type Thing @noPersonalData { items: [Item!] }
       type Note @consent(category: "HEALTH") { t: String }
       type Other @noPersonalData { x: Int }
       union Item = Note | Other`,
      /Thing.items returns Item \(through Note\) \(category HEALTH\) and must be guarded/,
    ],
    [
      'a field returning an interface a guarded type implements',
      `type Thing @noPersonalData { case: Case }
       interface Case { id: ID! }
       type HealthCase implements Case @consent(category: "HEALTH") { id: ID! }`,
      /Thing.case returns Case \(through HealthCase\) \(category HEALTH\)/,
    ],
    [
      'a field returning a union whose members have different categories',
      `type Thing { items: [Item!] @consent(category: "HEALTH") }
       type Note @consent(category: "HEALTH") { t: String }
       type Name @consent(category: "IDENTITY") { t: String }
       union Item = Note | Name`,
      /Thing.items returns Item, whose types are guarded with different categories \(HEALTH, IDENTITY\)/,
    ],
  ])('%s is a problem', (_case, sdl, problem) => {
    expect(problemsOf(sdl)).toEqual([expect.stringMatching(problem)]);
  });

  test('a union field guarded with the category of its guarded members is fine', () => {
    expect(
      problemsOf(`type Thing { items: [Item!] @consent(category: "HEALTH") }
        type Note @consent(category: "HEALTH") { t: String }
        type Other @noPersonalData { x: Int }
        union Item = Note | Other`),
    ).toEqual([]);
  });
});

describe('root fields have rules, not classifications', () => {
  test.each([
    ['@consent', 'type Query { notes: String @consent(category: "HEALTH") }'],
    ['@noPersonalData', 'type Query { count: Int @noPersonalData }'],
  ])('a root field with %s is a problem (it would be ignored)', (_case, sdl) => {
    expect(problemsOf(sdl)).toEqual([
      expect.stringMatching(/root field Query\.\w+ is not classified: who may call it is its rule/),
    ]);
  });
});

describe('across subgraphs', () => {
  test('a field classified differently where two subgraphs define its type is a problem', () => {
    const housing = checkConsentClassification(
      'housing',
      'type Address @shareable @consent(category: "IDENTITY") { street: String }',
      policy,
    );
    const landlords = checkConsentClassification(
      'landlords',
      'type Address @shareable @noPersonalData { street: String }',
      policy,
    );
    expect(crossSubgraphProblems([...housing.fields, ...landlords.fields])).toEqual([
      'Address.street is classified differently in the subgraphs that define it (housing: @consent(category: "IDENTITY"), landlords: @noPersonalData)',
    ]);
  });

  test('the same classification in every subgraph is fine', () => {
    const fields = ['housing', 'welfare'].flatMap(
      (subgraph) => checkConsentClassification(subgraph, HOUSEHOLD, policy).fields,
    );
    expect(crossSubgraphProblems(fields)).toEqual([]);
  });
});

describe('root-field rules', () => {
  test('a role or purpose the policy lacks is a problem (it would deny everyone)', () => {
    expect(
      rootRuleProblems(policy, [
        { subgraph: 'housing', coordinate: 'Query.households', roles: ['casewroker'] },
        { subgraph: 'consent', coordinate: 'Query.accessLog', purposes: ['SUPERVISION'] },
        { subgraph: 'training', coordinate: 'Query.courses', roles: ['trainer'] },
        {
          subgraph: 'training',
          coordinate: 'Query.exams',
          roles: ['trainer'],
          purposes: ['EVICTION_PREVENTION'],
        },
      ]),
    ).toEqual([
      'housing: Query.households names role "casewroker", which the policy lacks',
      'consent: Query.accessLog names purpose "SUPERVISION", which the policy lacks',
      'training: Query.exams names no role that may declare one of its purposes',
    ]);
  });

  test("the subgraphs' rules name only roles and purposes of the policy", () => {
    expect(rootRuleProblems(policy, rootFieldAccess())).toEqual([]);
  });
});
