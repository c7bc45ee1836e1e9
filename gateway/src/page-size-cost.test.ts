import { Kind, buildSchema, parse, print, type OperationDefinitionNode } from 'graphql';
import { withPageSizes } from './page-size-cost';

const schema = buildSchema(`
  type Query { households(first: Int! = 20, after: String): Page! agencies: [String!]! }
  type Page { totalCount: Int! }
`);

/** The operation of that name (else the first) of a parsed document. */
const operationOf = (document: ReturnType<typeof parse>, name?: string) =>
  document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (name === undefined || definition.name?.value === name),
  )!;

const sized = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => {
  const document = parse(query);
  const result = withPageSizes(schema, document, operationOf(document, operationName), variables);
  return result && print(result).replace(/\s+/g, ' ');
};

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

  test('a written page size, or none to write: nothing to write out', () => {
    expect(sized('{ households(first: 7) { totalCount } agencies }')).toBeUndefined();
    expect(sized('{ agencies }')).toBeUndefined();
  });

  test('a variable named like a property every object has is only what the request gives', () => {
    for (const name of ['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(
        sized(`query ($${name}: Int = 100) { households(first: $${name}) { totalCount } }`),
      ).toMatch('households(first: 100)');
    }
  });

  test('the defaults of the operation that runs, not of another operation of the document', () => {
    const query = `query Big($n: Int = 100) { households(first: $n) { totalCount } }
      query Small($n: Int = 1) { households(first: $n) { totalCount } }`;
    expect(sized(query, {}, 'Big')).toMatch('households(first: 100)');
    expect(sized(query, {}, 'Big')).not.toMatch('Small');
    expect(sized(query, {}, 'Small')).toMatch('households(first: 1)');
  });

  test("the executed operation's fragments come with it", () => {
    const query = `query ($n: Int = 100) { ...Pages } fragment Pages on Query { households(first: $n) { totalCount } }`;
    expect(sized(query)).toMatch('fragment Pages on Query { households(first: 100)');
  });
});
