/**
 * Limits every operation must keep before anything is planned or any subgraph is called
 * (graphql-armor validation rules). A violation is reported with its own stable code.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

export const LIMITS = {
  maxDepth: 8,
  maxAliases: 10,
  maxCost: 1500,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

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

export function operationLimits(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: {
      n: LIMITS.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reject('QUERY_TOO_DEEP')],
    },
    maxAliases: {
      n: LIMITS.maxAliases,
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_ALIASES')],
    },
    costLimit: {
      maxCost: LIMITS.maxCost,
      propagateOnRejection: false,
      onReject: [reject('QUERY_TOO_COSTLY')],
    },
    maxTokens: {
      n: LIMITS.maxTokens,
      propagateOnRejection: false,
      onReject: [reject('QUERY_TOO_LARGE')],
    },
    maxDirectives: {
      n: LIMITS.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_DIRECTIVES')],
    },
    blockFieldSuggestion: { enabled: production },
  });
  return armor.protect();
}
