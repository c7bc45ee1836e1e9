/**
 * Limits every operation must keep before anything is planned or any subgraph is called
 * (graphql-armor validation rules, no list selected inside itself, graphql-js's token limit while
 * parsing, and the cost with the page sizes the variables ask for). A violation is reported with
 * its own stable code.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { listOncePerPath } from './nested-lists';
import { pageSizeCostLimit } from './page-size-cost';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
}

export const LIMITS: OperationLimits = {
  maxDepth: 8,
  maxAliases: 10,
  // Page sizes count (page-size-cost.ts): the typed client's HouseholdCaseContexts, one page of
  // 100 households with every field (of their consents, the count), costs 53,459; two such pages
  // are refused, and so is such a page with a page of consents for each household (ADR 0029).
  maxCost: 75_000,
  maxTokens: 2000,
  maxDirectives: 20,
};

/** Marks a rejection so the gateway's error formatter can report its code. */
export const LIMIT_EXTENSION = 'limit';

const reject =
  (code: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        nodes: error.nodes,
        extensions: { [LIMIT_EXTENSION]: code },
      }),
    );
  };

export function operationLimits(production: boolean, limits: OperationLimits = LIMITS) {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reject('QUERY_TOO_DEEP')],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_ALIASES')],
    },
    costLimit: {
      maxCost: limits.maxCost,
      propagateOnRejection: false,
      onReject: [reject('QUERY_TOO_COSTLY')],
    },
    // Counted by graphql-js's parser (parseOptions below): armor's token plugin reports to a
    // validation context that does not exist yet while parsing, so it refused nothing.
    maxTokens: { enabled: false },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_DIRECTIVES')],
    },
    blockFieldSuggestion: { enabled: production },
  });
  const { validationRules, plugins } = armor.protect();
  // The cost rule counts a list without a page size once: one selected inside itself would
  // multiply its length with every repetition, unbounded by the cost (nested-lists.ts).
  const nestedLists = listOncePerPath(reject('QUERY_TOO_COSTLY'));
  const tooCostly = (message: string) =>
    new GraphQLError(message, {
      extensions: { [LIMIT_EXTENSION]: 'QUERY_TOO_COSTLY', http: { status: 400 } },
    });
  return {
    validationRules: [...validationRules, nestedLists],
    plugins: [...plugins, pageSizeCostLimit(limits.maxCost, tooCostly)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** graphql-js 16's message (sic: "more that") when a document has more tokens than parseOptions allow. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens/;

/**
 * The engine's message when graphql-js's parser, which recurses per level of a nested list or
 * object value, runs out of stack: on a small stack (or a cold one, whose frames are larger) that
 * happens before the token limit is reached.
 */
const OUT_OF_STACK = /^(?:Syntax Error: )?Maximum call stack size exceeded/;

/** The stable code of a limit the operation broke, and the message to answer with, if it broke one. */
export function limitOf(
  formatted: GraphQLFormattedError,
): { code: string; message: string } | undefined {
  const limit = formatted.extensions?.[LIMIT_EXTENSION];
  // graphql-armor's messages and the parser's begin "Syntax Error: ", which they are not.
  const message = formatted.message.replace(/^Syntax Error: /, '');
  if (typeof limit === 'string') return { code: limit, message };
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return undefined;
  if (TOO_MANY_TOKENS.test(formatted.message)) return { code: 'QUERY_TOO_LARGE', message };
  if (OUT_OF_STACK.test(formatted.message)) {
    return { code: 'QUERY_TOO_LARGE', message: 'the document is nested too deeply' };
  }
  return undefined;
}
