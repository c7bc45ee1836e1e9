import { GraphQLError, isUnionType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { isUuid } from './input';

/** A household's key as the hub writes it (PostgreSQL prints uuids in lower case). */
const isHouseholdId = (id: unknown): boolean =>
  typeof id === 'string' && isUuid(id) && id === id.toLowerCase();

/** The entity every subgraph shares; a subgraph with another would need its key checked here. */
const ENTITY = 'Household';

/** Why a representation cannot name an entity of this subgraph, or undefined if it can. */
function representationProblem(representation: unknown): string | undefined {
  if (typeof representation !== 'object' || representation === null) {
    return 'a representation must be an object with __typename and the key fields';
  }
  const { __typename, id } = representation as Record<string, unknown>;
  if (typeof __typename !== 'string') return 'a representation needs its __typename';
  if (__typename !== ENTITY) return `${__typename} is not an entity of this subgraph`;
  if (!isHouseholdId(id)) {
    return 'a Household representation needs its id as the hub writes it: a lower-case UUID';
  }
  return undefined;
}

/**
 * Checks `_entities` representations before @apollo/subgraph resolves them. The gateway only
 * sends keys it read from the databases, so a malformed one comes from someone else holding a
 * gateway key: it gets BAD_USER_INPUT at its own position in the list, and the other
 * representations resolve as if it had not been sent (it never reaches a loader or a consent
 * decision, so it cannot spoil the batch of the others).
 */
export function checkEntityRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return schema;
  const entities = schema.getType('_Entity');
  const names = isUnionType(entities) ? entities.getTypes().map((type) => type.name) : [];
  if (names.length !== 1 || names[0] !== ENTITY) {
    throw new Error(
      `_entities: representations are checked for ${ENTITY} only, but the schema's entities are ${names.join(', ')}`,
    );
  }
  const resolveEntities: GraphQLFieldResolver<unknown, unknown> = field.resolve;
  field.resolve = (source, args: { representations: unknown[] }, context, info) => {
    const problems = args.representations.map(representationProblem);
    if (problems.every((problem) => problem === undefined)) {
      return resolveEntities(source, args, context, info);
    }
    const valid = args.representations.filter((_, index) => problems[index] === undefined);
    const resolved = resolveEntities(source, { ...args, representations: valid }, context, info);
    const merge = (entities: unknown[]) => {
      let next = 0;
      return problems.map((problem, index) =>
        problem === undefined
          ? entities[next++]
          : new GraphQLError(`representation ${index}: ${problem}`, {
              extensions: { code: 'BAD_USER_INPUT', argument: 'representations' },
            }),
      );
    };
    return resolved instanceof Promise
      ? resolved.then((entities) => merge(entities as unknown[]))
      : merge(resolved as unknown[]);
  };
  return schema;
}
