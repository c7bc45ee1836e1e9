import { buildSchema, parse, print } from 'graphql';
import { withPageSizes } from './page-size-cost';

const schema = buildSchema(`
  type Query { households(first: Int! = 20, after: String): Page! agencies: [String!]! }
  type Page { totalCount: Int! }
`);

const sized = (query: string, variables: Record<string, unknown> = {}) =>
  print(withPageSizes(schema, parse(query), variables)).replace(/\s+/g, ' ');

describe('page sizes written out for the cost rule', () => {
  test("from a variable, the variable's default, or the schema's default", () => {
    expect(sized('query ($n: Int!) { households(first: $n) { totalCount } }', { n: 100 })).toMatch(
      'households(first: 100)',
    );
    expect(sized('query ($n: Int = 50) { households(first: $n) { totalCount } }')).toMatch(
      'households(first: 50)',
    );
    expect(sized('{ households(after: "x") { totalCount } }')).toMatch(
      'households(after: "x", first: 20)',
    );
  });

  test('a written page size, or none to write, leaves the document as it is', () => {
    const written = parse('{ households(first: 7) { totalCount } agencies }');
    expect(withPageSizes(schema, written, {})).toBe(written);
    const none = parse('{ agencies }');
    expect(withPageSizes(schema, none, {})).toBe(none);
  });
});
