/**
 * The consent classification of a subgraph's SDL: which field holds personal data of which
 * category. Every field of every object type must be classified, explicitly.
 */
import type { ConsentPolicy } from '@wohnnetz/consent-policy';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export type Classification =
  { kind: 'guarded'; category: string } | { kind: 'not-personal' } | { kind: 'unclassified' };

export interface ClassifiedField {
  subgraph: string;
  type: string;
  field: string;
  /** `guarded` on the field itself, or inherited from the type. */
  classification: Classification;
  inherited: boolean;
  line: number;
}

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

interface ParsedSdl {
  objects: ObjectNode[];
  /** The object types each union or interface stands for. */
  possibleTypes: Map<string, string[]>;
  /** The names under which federation's @requires and @provides can be written here. */
  crossSubgraphDirectives: Set<string>;
  /** The names under which federation's @key can be written here. */
  keyDirectives: Set<string>;
}

const CROSS_SUBGRAPH_DIRECTIVES = ['requires', 'provides'];

/**
 * The names of federation's directives `directives` in a subgraph's SDL: their own names,
 * federation's namespaced ones (usable without an import), and any `as` they were imported under.
 */
function federationDirectiveNames(
  definitions: readonly DefinitionNode[],
  directives: readonly string[],
): Set<string> {
  const names = new Set(directives.flatMap((name) => [name, `federation__${name}`]));
  for (const definition of definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) {
      continue;
    }
    for (const link of definition.directives ?? []) {
      const imports = link.arguments?.find((argument) => argument.name.value === 'import')?.value;
      if (link.name.value !== 'link' || imports?.kind !== Kind.LIST) continue;
      for (const item of imports.values) {
        if (item.kind !== Kind.OBJECT) continue;
        const field = (key: string) => {
          const value = item.fields.find((entry) => entry.name.value === key)?.value;
          return value?.kind === Kind.STRING ? value.value.replace(/^@/, '') : undefined;
        };
        const name = field('name');
        const alias = field('as');
        if (name && alias && directives.includes(name)) names.add(alias);
      }
    }
  }
  return names;
}

function classificationOf(directives: readonly ConstDirectiveNode[] | undefined): Classification[] {
  return (directives ?? []).flatMap((directive): Classification[] => {
    if (directive.name.value === 'noPersonalData') return [{ kind: 'not-personal' }];
    if (directive.name.value !== 'consent') return [];
    const argument = directive.arguments?.find((arg) => arg.name.value === 'category');
    const category = argument?.value.kind === Kind.STRING ? argument.value.value : '';
    return [{ kind: 'guarded', category }];
  });
}

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

function parseSdl(source: string): ParsedSdl {
  const objects: ObjectNode[] = [];
  const possibleTypes = new Map<string, string[]>();
  const add = (abstract: string, member: string) =>
    possibleTypes.set(abstract, [...(possibleTypes.get(abstract) ?? []), member]);
  const { definitions } = parse(source);
  for (const definition of definitions) {
    if (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.OBJECT_TYPE_EXTENSION
    ) {
      objects.push(definition);
      for (const implemented of definition.interfaces ?? []) {
        add(implemented.name.value, definition.name.value);
      }
    } else if (
      definition.kind === Kind.UNION_TYPE_DEFINITION ||
      definition.kind === Kind.UNION_TYPE_EXTENSION
    ) {
      for (const member of definition.types ?? []) add(definition.name.value, member.name.value);
    }
  }
  return {
    objects,
    possibleTypes,
    crossSubgraphDirectives: federationDirectiveNames(definitions, CROSS_SUBGRAPH_DIRECTIVES),
    keyDirectives: federationDirectiveNames(definitions, ['key']),
  };
}

/** Classifies the fields of a subgraph's SDL and lists every rule it breaks. */
export function checkConsentClassification(
  subgraph: string,
  source: string,
  policy: ConsentPolicy,
): { fields: ClassifiedField[]; problems: string[] } {
  const problems: string[] = [];
  const fields: ClassifiedField[] = [];
  const {
    objects: types,
    possibleTypes,
    crossSubgraphDirectives,
    keyDirectives,
  } = parseSdl(source);
  const typeCategory = new Map<string, string>();
  const where = (node: { loc?: { startToken: { line: number } } }) =>
    `subgraphs/${subgraph}/src/schema.graphql:${node.loc?.startToken.line ?? 0}`;

  // A field computed from another subgraph's fields (@requires), or one that resolves another
  // subgraph's fields itself (@provides), carries their data: the check cannot see which
  // categories, so it refuses them (root fields included) until it can.
  for (const type of types) {
    for (const field of type.fields ?? []) {
      for (const directive of field.directives ?? []) {
        if (crossSubgraphDirectives.has(directive.name.value)) {
          problems.push(
            `${where(field)}: ${type.name.value}.${field.name.value} uses @${directive.name.value}, which the consent check does not support: the data of other subgraphs' fields would escape their guards`,
          );
        }
      }
    }
  }

  // A type's definition and its extensions are one type: it is classified once, in one of them,
  // which classifies the fields of all of them, and an entity (a @key in any of them) is not
  // guarded as a whole in any of them.
  const typeClass = new Map<string, Classification>();
  for (const [name, nodes] of Map.groupBy(types, (type) => type.name.value)) {
    if (ROOT_TYPES.has(name)) continue;
    const classified = nodes.flatMap((node) =>
      classificationOf(node.directives).map((classification) => ({ node, classification })),
    );
    if (classified.length > 1) {
      problems.push(`${where(classified.at(-1)!.node)}: ${name} is classified twice`);
    }
    const wholeType = classified[0]?.classification;
    if (wholeType) typeClass.set(name, wholeType);
    if (wholeType?.kind === 'guarded') typeCategory.set(name, wholeType.category);
    const guardedIn = classified.find(({ classification }) => classification.kind === 'guarded');
    const keyed = nodes.some((node) =>
      node.directives?.some((directive) => keyDirectives.has(directive.name.value)),
    );
    if (guardedIn && keyed) {
      problems.push(
        `${where(guardedIn.node)}: entity ${name} cannot be guarded as a whole (it is reachable through _entities); guard its fields`,
      );
    }
  }

  for (const type of types) {
    const name = type.name.value;
    const onType = classificationOf(type.directives);
    if (ROOT_TYPES.has(name)) {
      // Root fields are decided by their rule in the subgraph's binding (consent.rootFields); a
      // classification here would be silently ignored.
      if (onType.length > 0) problems.push(`${where(type)}: root type ${name} is not classified`);
      for (const field of type.fields ?? []) {
        if (classificationOf(field.directives).length > 0) {
          problems.push(
            `${where(field)}: root field ${name}.${field.name.value} is not classified: who may call it is its rule in consent.rootFields`,
          );
        }
      }
      continue;
    }
    const wholeType = typeClass.get(name);
    for (const field of type.fields ?? []) {
      const onField = classificationOf(field.directives);
      const coordinate = `${name}.${field.name.value}`;
      if (onField.length > 1) problems.push(`${where(field)}: ${coordinate} is classified twice`);
      const own = onField[0];
      if (own && wholeType?.kind === 'not-personal' && own.kind === 'guarded') {
        problems.push(`${where(field)}: ${coordinate} is guarded in a type marked @noPersonalData`);
      }
      const classification: Classification = own ?? wholeType ?? { kind: 'unclassified' };
      if (classification.kind === 'unclassified') {
        problems.push(
          `${where(field)}: ${coordinate} is unclassified: add @consent(category: …) or @noPersonalData`,
        );
      }
      if (classification.kind === 'guarded' && !policy.categories.has(classification.category)) {
        problems.push(
          `${where(field)}: ${coordinate} names category "${classification.category}", which the policy lacks`,
        );
      }
      if (own?.kind === 'guarded' && field.type.kind === Kind.NON_NULL_TYPE) {
        problems.push(
          `${where(field)}: guarded field ${coordinate} must be nullable, so a denial does not blank its parent`,
        );
      }
      fields.push({
        subgraph,
        type: name,
        field: field.name.value,
        classification,
        inherited: !own,
        line: field.loc?.startToken.line ?? 0,
      });
    }
  }

  // A type guarded as a whole is released only through fields guarded with its category (or
  // fields of a type guarded with it, or root fields, which have rules of their own). A field
  // that returns a union or an interface may return any of its object types.
  for (const type of types) {
    if (ROOT_TYPES.has(type.name.value)) continue;
    const parentCategory = typeCategory.get(type.name.value);
    for (const field of type.fields ?? ([] as readonly FieldDefinitionNode[])) {
      const returned = namedType(field.type);
      const guardedTypes = (possibleTypes.get(returned) ?? [returned]).filter((name) =>
        typeCategory.has(name),
      );
      const targets = [...new Set(guardedTypes.map((name) => typeCategory.get(name)!))];
      if (targets.length === 0) continue;
      const coordinate = `${type.name.value}.${field.name.value}`;
      const via = guardedTypes.includes(returned) ? '' : ` (through ${guardedTypes.join(', ')})`;
      if (targets.length > 1) {
        problems.push(
          `${where(field)}: ${coordinate} returns ${returned}, whose types are guarded with different categories (${targets.join(', ')})${via}: no one guard covers it`,
        );
        continue;
      }
      const own = classificationOf(field.directives)[0];
      const guarded = own?.kind === 'guarded' ? own.category : parentCategory;
      if (guarded !== targets[0]) {
        problems.push(
          `${where(field)}: ${coordinate} returns ${returned}${via} (category ${targets[0]}) and must be guarded with @consent(category: "${targets[0]}")`,
        );
      }
    }
  }
  return { fields, problems };
}

const described = (classification: Classification): string =>
  classification.kind === 'guarded'
    ? `@consent(category: "${classification.category}")`
    : classification.kind === 'not-personal'
      ? '@noPersonalData'
      : 'unclassified';

/**
 * A type that several subgraphs define (a @shareable value type, the Household entity) is one
 * type in the supergraph: each of its fields must be classified alike wherever it is defined,
 * or one subgraph would release what another guards.
 */
export function crossSubgraphProblems(fields: readonly ClassifiedField[]): string[] {
  const byCoordinate = new Map<string, ClassifiedField[]>();
  for (const field of fields) {
    const coordinate = `${field.type}.${field.field}`;
    byCoordinate.set(coordinate, [...(byCoordinate.get(coordinate) ?? []), field]);
  }
  const problems: string[] = [];
  for (const [coordinate, definitions] of byCoordinate) {
    if (new Set(definitions.map((field) => described(field.classification))).size > 1) {
      const list = definitions
        .map((field) => `${field.subgraph}: ${described(field.classification)}`)
        .join(', ');
      problems.push(
        `${coordinate} is classified differently in the subgraphs that define it (${list})`,
      );
    }
  }
  return problems;
}
