import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Outside development a subgraph does not publish its SDL: the supergraph is composed offline,
 * so nobody needs `_service`, and it would show the internal schema.
 */
export const noServiceSdl: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '_service' && context.getParentType()?.name === 'Query') {
      context.reportError(
        new GraphQLError('_service is disabled outside development mode', { nodes: [node] }),
      );
    }
  },
});
