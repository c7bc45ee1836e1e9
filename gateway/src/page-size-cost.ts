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
} from 'graphql';

const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The document with each `first`/`last` written as a number: a variable's value, else the
 * variable's default, else the argument's default in the schema. Where none is a whole number,
 * the argument is left as it is (the subgraph refuses such a page size).
 */
export function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode {
  const variableDefaults = new Map<string, unknown>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue?.kind === Kind.INT) {
        variableDefaults.set(variable.variable.name.value, Number(variable.defaultValue.value));
      }
    }
  }
  const typeInfo = new TypeInfo(schema);
  let changed = false;
  const sized = visit(
    document,
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
              ? (variables[value.name.value] ??
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
  return changed ? sized : document;
}

/**
 * Refuses, before any subgraph is called, an operation whose cost with its page sizes written
 * out exceeds `maxCost`; the error carries `limitCode` for the gateway's error formatter.
 */
export function pageSizeCostLimit(
  maxCost: number,
  limitError: (message: string) => GraphQLError,
): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, request }) => {
          const sized = withPageSizes(schema, document, request.variables ?? {});
          if (sized === document) return Promise.resolve();
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
