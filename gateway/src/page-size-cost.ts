/**
 * The cost limit for the page sizes a query really asks for. graphql-armor's cost rule multiplies
 * a list's cost by its `first`/`last` only where the query writes the number; a page size given
 * as a variable, or left to the schema's default, counted as 1, so ten pages of 100 households
 * passed the limit as `first: $n`. Validation rules see no variables, so this plugin runs the same
 * rule again once the operation is resolved, on the document with every page size written out.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  type GraphQLError,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The operation that runs (with the document's fragments) with each `first`/`last` written as a
 * number, as execution will see it: the variable's value where the request gives one, else the
 * variable's default in this operation, else the argument's default in the schema. Where none is
 * a whole number, the argument is left as it is (the subgraph refuses such a page size).
 * Undefined where no page size needed writing out.
 */
export function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): DocumentNode | undefined {
  // Only this operation's defaults: another operation of the document may declare the same name.
  const variableDefaults = new Map<string, number>();
  for (const variable of operation.variableDefinitions ?? []) {
    if (variable.defaultValue?.kind === Kind.INT) {
      variableDefaults.set(variable.variable.name.value, Number(variable.defaultValue.value));
    }
  }
  // Only what the request gives: `variables.constructor` is not a variable named constructor.
  const given = (name: string) => (Object.hasOwn(variables, name) ? variables[name] : undefined);
  const executed: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      operation,
      ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
    ],
  };
  const typeInfo = new TypeInfo(schema);
  let changed = false;
  const sized = visit(
    executed,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const written = new Map(node.arguments?.map((argument) => [argument.name.value, argument]));
        let sizedHere = false;
        for (const definition of typeInfo.getFieldDef()?.args ?? []) {
          if (!PAGE_SIZE_ARGUMENTS.has(definition.name)) continue;
          const value = written.get(definition.name)?.value;
          if (value?.kind === Kind.INT) continue;
          const size =
            value?.kind === Kind.VARIABLE
              ? (given(value.name.value) ??
                variableDefaults.get(value.name.value) ??
                definition.defaultValue)
              : definition.defaultValue;
          if (!Number.isInteger(size)) continue;
          const pageSize: ArgumentNode = {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: definition.name },
            value: { kind: Kind.INT, value: String(size) },
          };
          written.set(definition.name, pageSize);
          sizedHere = true;
        }
        if (!sizedHere) return undefined;
        changed = true;
        return { ...node, arguments: [...written.values()] };
      },
    }),
  );
  return changed ? sized : undefined;
}

/**
 * Refuses, before any subgraph is called, an operation whose cost with its page sizes written
 * out exceeds `maxCost`, with the error `limitError` makes of the cost rule's message (the
 * gateway's names the limit, QUERY_TOO_COSTLY, for its error formatter: limits.ts).
 */
export function pageSizeCostLimit(
  maxCost: number,
  limitError: (message: string) => GraphQLError,
): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          // Resolved by now (an operation that cannot be found never gets here).
          if (!operation) return Promise.resolve();
          const sized = withPageSizes(schema, document, operation, request.variables ?? {});
          if (!sized) return Promise.resolve();
          const [error] = validate(schema, sized, [
            costLimitRule({
              maxCost,
              propagateOnRejection: false,
              onReject: [(context, rejection) => context?.reportError(rejection)],
            }),
          ]);
          if (error) throw limitError(error.message.replace(/^Syntax Error: /, ''));
          return Promise.resolve();
        },
      }),
  };
}
