/**
 * The client's mistakes that only show once variables are known, refused before anything is
 * planned, as what they are. Left to the gateway's executor or a subgraph, they came back as
 * INTERNAL_SERVER_ERROR: an operation name the document lacks, a subscription (the hub has none),
 * or `null` for an argument that must not be null (`first: $n` with `{ "n": null }`).
 * graphql-js coerces the variables and arguments; this only reports its errors with a code.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';

const badRequest = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

function operationMissing(document: DocumentNode, operationName: string | null | undefined) {
  const operations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const message =
    operationName == null
      ? operations.length > 1
        ? 'Must provide operation name if query contains multiple operations.'
        : 'Must provide an operation.'
      : `Unknown operation named "${operationName}".`;
  return badRequest(message, 'OPERATION_RESOLUTION_FAILURE');
}

/** The first argument of a field in the operation that graphql-js refuses, if any. */
function argumentError(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  let found: GraphQLError | undefined;
  const typeInfo = new TypeInfo(schema);
  const check = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      if (!definition || found) return;
      try {
        getArgumentValues(definition, node, variables);
      } catch (error) {
        found = error instanceof GraphQLError ? error : undefined;
      }
    },
  });
  visit(operation, check);
  // The fragments the operation spreads (a fragment of another operation costs a look, no more).
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, check);
  }
  return found;
}

export function operationChecks(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          if (!operation) throw operationMissing(document, request.operationName);
          if (!schema.getRootType(operation.operation)) {
            throw badRequest(
              `This API has no ${operation.operation} operations.`,
              'OPERATION_RESOLUTION_FAILURE',
            );
          }
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          // Variables that do not fit their types: the executor reports those with a code.
          if (coerced.errors) return Promise.resolve();
          const error = argumentError(schema, operation, document, coerced.coerced);
          if (error) throw badRequest(error.message, 'BAD_USER_INPUT');
          return Promise.resolve();
        },
      }),
  };
}
