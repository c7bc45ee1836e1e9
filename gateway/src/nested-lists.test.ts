import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { listOncePerPath } from './nested-lists';

const schema = buildSchema(`
  type Query { household(id: ID!): Household }
  type Household { id: ID! consents: [Consent!] members: [Member!] }
  type Consent { id: ID! household: Household history: [Event!]! }
  type Member { id: ID! }
  type Event { id: ID! }
`);

const refusals = (query: string) =>
  validate(schema, parse(query), [
    listOncePerPath((context, error) => context.reportError(error)),
  ]).map((error: GraphQLError) => error.message);

describe('a list selected inside itself', () => {
  test('is refused, directly, through an inline fragment or a named one', () => {
    const refused = [
      'Household.consents is selected inside itself: a list may appear once on each path of an operation, as each repetition multiplies its length',
    ];
    expect(
      refusals('{ household(id: "h") { consents { household { consents { id } } } } }'),
    ).toEqual(refused);
    expect(
      refusals(
        '{ household(id: "h") { consents { household { ... on Household { consents { id } } } } } }',
      ),
    ).toEqual(refused);
    expect(
      refusals(`{ household(id: "h") { consents { household { ...H } } } }
                fragment H on Household { consents { id } }`),
    ).toEqual(refused);
  });

  test('side by side, or one list inside another, is answered', () => {
    expect(
      refusals(
        '{ household(id: "h") { consents { id history { id } household { members { id } } } again: consents { id } members { id } } }',
      ),
    ).toEqual([]);
  });

  test('fragments that spread each other twice over are looked at once each', () => {
    // 2^60 paths if each spread were followed anew.
    const fragments = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Household { id ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const started = Date.now();
    expect(
      refusals(`{ household(id: "h") { ...F0 } } ${fragments} fragment F60 on Household { id }`),
    ).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
