/**
 * Limits every operation must keep before anything is planned or any subgraph is called
 * (graphql-armor validation rules). A violation is reported with its own stable code.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

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
  maxCost: 1500,
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
    maxTokens: {
      n: limits.maxTokens,
      propagateOnRejection: false,
      onReject: [reject('QUERY_TOO_LARGE')],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_DIRECTIVES')],
    },
    blockFieldSuggestion: { enabled: production },
  });
  return armor.protect();
}
