/**
 * graphql-shield rules generated from a subgraph schema's @consent annotations: no hand-written
 * rule per field. Fail closed: a root field without an explicit rule is denied (fallback);
 * guarded fields ask the request's consent guard; every other field of a classified type is
 * allowed (the classification check guarantees every field is classified).
 */
import type { IMiddlewareFieldMap, IMiddlewareTypeMap } from 'graphql-middleware';
import { allow, deny, rule, shield, type IRule, type IRules } from 'graphql-shield';
import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  type ConstDirectiveNode,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Decision } from '@wohnnetz/consent-policy';
import type { ConsentCaller } from './decision-service';
import { OwnersUnreadError, type ConsentGuard } from './consent-guard';
import { decisionUnavailableError, denialError } from './denial';

export interface ConsentContext {
  caller: ConsentCaller;
  consent: ConsentGuard;
}

/** Who may call a root field: any authenticated caller, or only some roles or purposes. */
export interface RootFieldRule {
  roles?: string[];
  purposes?: string[];
}

export interface ConsentShieldOptions {
  /** The household id of a parent value, per object type with guarded fields. */
  householdOf: Record<string, (parent: never) => string>;
  /** Root fields (`Query.households`, `Mutation.recordConsent`) and who may call them. */
  rootFields: Record<string, RootFieldRule>;
  /**
   * A failed decision's error as it may be logged: service-kit's `describeForLog`, which leaves
   * out values (a database error's message holds its statement with them, and the registry's
   * own decisions read its database).
   */
  describeForLog: (error: unknown, options?: { stack?: boolean }) => string;
  /**
   * Whether a household's consent could release this subgraph's data of `category` to the caller
   * for its purpose: the policy's rule for the caller's kind and purpose, not the data. A
   * CONSENT_REQUIRED names in `categoriesBelow` only such categories: one the policy never
   * releases to the caller (Art. 9 data to a landlord), or releases on a statutory basis, is no
   * consent to ask the household for (ADR 0022, 0027).
   */
  consentCouldRelease: (category: string, caller: ConsentCaller) => boolean;
}

/** A field's rule: a generated rule, or shield's allow. */
type FieldRule = IRule | typeof allow;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
/** Federation's own fields: entities are covered by their fields' rules, _service by validation. */
const FEDERATION_ROOT_FIELDS = new Set(['Query._entities', 'Query._service']);

function categoryOf(
  node: { directives?: readonly ConstDirectiveNode[] } | null | undefined,
): string | undefined {
  const directive = node?.directives?.find((d) => d.name.value === 'consent');
  const argument = directive?.arguments?.find((a) => a.name.value === 'category');
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

const consentCategory = (field: GraphQLField<unknown, unknown>): string | undefined =>
  categoryOf(field.astNode);

/** The categories of the types guarded as a whole that a field may return. */
function returnedWholeTypeCategories(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
): string[] {
  const returned = getNamedType(field.type);
  const objects = isAbstractType(returned)
    ? schema.getPossibleTypes(returned)
    : isObjectType(returned)
      ? [returned]
      : [];
  // On the type's definition or on an extension of it: the classification check reads both.
  return objects.flatMap((type) =>
    [type.astNode, ...type.extensionASTNodes].flatMap((node) => categoryOf(node) ?? []),
  );
}

/** A guarded field of the type a guarded field returns: decided ahead, in the parent's batch. */
interface NestedGuard {
  coordinate: string;
  category: string;
}

/**
 * The type of a connection's items (`nodes`, beside `pageInfo`): a page of a list is the list
 * for its guard, so the fields directly below it are those of its items.
 */
function connectionItems(type: GraphQLNamedType): GraphQLObjectType | undefined {
  if (!isObjectType(type)) return undefined;
  const { nodes, pageInfo } = type.getFields();
  if (!nodes || !pageInfo || !isListType(getNullableType(nodes.type))) return undefined;
  const items = getNamedType(nodes.type);
  return isObjectType(items) ? items : undefined;
}

/**
 * The guarded fields (on the field itself) of the type a field returns — of a connection's items
 * (connectionItems) — by name.
 */
function nestedGuards(returned: GraphQLNamedType): Map<string, NestedGuard> {
  const nested = new Map<string, NestedGuard>();
  if (!isObjectType(returned)) return nested;
  for (const child of Object.values(returned.getFields())) {
    const category = consentCategory(child);
    if (category !== undefined) {
      nested.set(child.name, { coordinate: `${returned.name}.${child.name}`, category });
    }
  }
  return nested;
}

/** graphql-js's own @skip/@include evaluation, as execution will apply it. */
function shouldInclude(selection: SelectionNode, info: GraphQLResolveInfo): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues);
  return include?.if !== false;
}

/** The names of the fields a selection asks for, through fragments too. */
function selectedNames(
  selections: readonly SelectionNode[],
  info: GraphQLResolveInfo,
  names = new Set<string>(),
): Set<string> {
  for (const selection of selections) {
    if (!shouldInclude(selection, info)) continue; // @skip / @include: not resolved, not decided
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      selectedNames(selection.selectionSet.selections, info, names);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) selectedNames(fragment.selectionSet.selections, info, names);
    }
  }
  return names;
}

/** The selections below the fields of a selection named `name`, through fragments too. */
function selectionsBelow(
  selections: readonly SelectionNode[],
  name: string,
  info: GraphQLResolveInfo,
  below: SelectionNode[] = [],
): SelectionNode[] {
  for (const selection of selections) {
    if (!shouldInclude(selection, info)) continue;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) below.push(...(selection.selectionSet?.selections ?? []));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      selectionsBelow(selection.selectionSet.selections, name, info, below);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) selectionsBelow(fragment.selectionSet.selections, name, info, below);
    }
  }
  return below;
}

/**
 * The names a field's selection asks for — for a connection, those its `nodes` ask for: the same
 * for every item of a list, so asked once.
 */
const selectedNamesOf = new WeakMap<readonly FieldNode[], Set<string>>();

function selectionNames(info: GraphQLResolveInfo, ofConnection: boolean): Set<string> {
  // graphql-js hands every item of a list the same fieldNodes array (created per execution, so
  // the variables of @skip/@include cannot differ). It is one field's, so it returns a connection
  // or not whenever it is asked.
  let names = selectedNamesOf.get(info.fieldNodes);
  if (!names) {
    const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
    names = selectedNames(
      ofConnection ? selectionsBelow(selections, 'nodes', info) : selections,
      info,
    );
    selectedNamesOf.set(info.fieldNodes, names);
  }
  return names;
}

// A decision made ahead that fails is reported where its field resolves.
const ignore = () => undefined;

function guardedRule(
  coordinate: string,
  category: string,
  householdOf: (parent: never) => string,
  { nested, ofConnection }: { nested: Map<string, NestedGuard>; ofConnection: boolean },
  { describeForLog, consentCouldRelease }: ConsentShieldOptions,
): IRule {
  const selectedBelow = (info: GraphQLResolveInfo) => selectionNames(info, ofConnection);
  const unavailable = (error: unknown, context: ConsentContext) => {
    // Withheld either way; the subgraph's own failure is reported (and logged) as its own.
    if (error instanceof OwnersUnreadError) {
      return error.cause instanceof Error ? error.cause : error;
    }
    console.error(
      `consent decision for ${coordinate} failed (request ${context.caller.requestId}):`,
      describeForLog(error, { stack: true }),
    );
    return decisionUnavailableError(coordinate);
  };
  // The other categories selected directly below this field that a consent could release (the
  // query, the schema and the policy decide, not the data): asked only for a CONSENT_REQUIRED.
  const categoriesBelow = (info: GraphQLResolveInfo, caller: ConsentCaller) =>
    [...new Set([...selectedBelow(info)].flatMap((name) => nested.get(name)?.category ?? []))]
      .filter((below) => below !== category && consentCouldRelease(below, caller))
      .sort();
  const released = (decision: Decision, context: ConsentContext, info: GraphQLResolveInfo) =>
    decision.released ||
    denialError(decision, context.caller.purpose, () => categoriesBelow(info, context.caller));
  // no_cache: shield's caches would reuse one decision for every parent (every household).
  return rule(`consent:${coordinate}`, { cache: 'no_cache' })(
    (parent: unknown, _args, context: ConsentContext, info: GraphQLResolveInfo) => {
      const { consent } = context;
      const householdId = householdOf(parent as never);
      // Decided already (in the batch of the field it is nested in, or for another item or alias
      // of this request): answered at once. Below a withheld field nothing is reached.
      const known = consent.decided(householdId, coordinate);
      if (known && !known.released) return released(known, context, info);
      // The guarded fields selected below this one hold the same household's data: deciding them
      // now puts them in this batch instead of a registry call of their own one level down. They
      // count (and are logged) only if this field is released — decided with it when it is still
      // open, on their own when it is already released. A value whose parent belongs to another
      // household is decided for that household when it resolves.
      if (nested.size > 0) {
        const nestedIn = known ? undefined : coordinate;
        for (const name of selectedBelow(info)) {
          const guard = nested.get(name);
          if (!guard || consent.decided(householdId, guard.coordinate)) continue;
          consent
            .decide({ householdId, category: guard.category, field: guard.coordinate, nestedIn })
            .catch(ignore);
        }
      }
      if (known) return true;
      return consent.decide({ householdId, category, field: coordinate }).then(
        (decision) => released(decision, context, info),
        (error: unknown) => unavailable(error, context),
      );
    },
  );
}

/** "the role caseworker", "one of the roles caseworker, dpo": as many as there are. */
const theOnesOf = (what: string, names: string[]): string =>
  names.length === 1 ? `the ${what} ${names[0]}` : `one of the ${what}s ${names.join(', ')}`;

function rootRule(coordinate: string, spec: RootFieldRule): IRule {
  return rule(`root:${coordinate}`, { cache: 'no_cache' })(
    (_parent, _args, context: ConsentContext) => {
      const { roles, purposes } = spec;
      if (roles && !roles.some((role) => context.caller.roles.includes(role))) {
        return new GraphQLError(`${coordinate} needs ${theOnesOf('role', roles)}`, {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      if (purposes && !purposes.includes(context.caller.purpose)) {
        return new GraphQLError(`${coordinate} needs ${theOnesOf('purpose', purposes)}`, {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      return true;
    },
  );
}

/** The rule tree of a subgraph schema; throws when a guarded type has no householdOf. */
export function consentRuleTree(schema: GraphQLSchema, options: ConsentShieldOptions): IRules {
  const tree: Record<string, Record<string, FieldRule>> = {};
  const types = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );
  for (const type of types) {
    const rules: Record<string, FieldRule> = {};
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (ROOT_TYPES.has(type.name)) {
        const spec = options.rootFields[coordinate];
        if (FEDERATION_ROOT_FIELDS.has(coordinate)) rules[field.name] = allow;
        else if (spec) {
          // Fields of a type guarded as a whole are not decided one by one: a root field
          // returning it releases them to whoever its rule lets in.
          const categories = returnedWholeTypeCategories(schema, field);
          if (categories.length > 0 && !spec.roles && !spec.purposes) {
            throw new Error(
              `consent: ${coordinate} returns data guarded as a whole (${categories.join(', ')}) and its rule lets every caller in: name the roles or purposes that may call it`,
            );
          }
          rules[field.name] = rootRule(coordinate, spec);
        }
        continue; // no rule: the fallback denies
      }
      const category = consentCategory(field);
      if (category === undefined) {
        rules[field.name] = allow;
        continue;
      }
      const householdOf = options.householdOf[type.name];
      if (!householdOf) {
        throw new Error(`consent: ${coordinate} is guarded but ${type.name} has no householdOf`);
      }
      const returned = getNamedType(field.type);
      const items = connectionItems(returned);
      rules[field.name] = guardedRule(
        coordinate,
        category,
        householdOf,
        { nested: nestedGuards(items ?? returned), ofConnection: items !== undefined },
        options,
      );
    }
    tree[type.name] = rules;
  }
  for (const coordinate of Object.keys(options.rootFields)) {
    const [type, field] = coordinate.split('.');
    if (!type || !field || !tree[type]?.[field]) {
      throw new Error(`consent: a rule names ${coordinate}, which the schema lacks`);
    }
  }
  return tree;
}

/**
 * The shield middleware: deny by default, errors of resolvers stay their own. graphql-shield
 * wraps every field of the schema; a field whose rule is `allow` (classified as not personal,
 * or inside a type released only through guarded fields) needs no decision, so its wrapper is
 * left out — it would only cost time. Every root field and every guarded field keeps it, and a
 * field the rule tree does not know keeps the fallback (deny).
 */
export function consentShield(
  schema: GraphQLSchema,
  options: ConsentShieldOptions,
): IMiddlewareTypeMap {
  const tree = consentRuleTree(schema, options) as Record<string, Record<string, FieldRule>>;
  const generated = shield(tree, {
    fallbackRule: deny,
    allowExternalErrors: true,
    debug: false,
    fallbackError: () =>
      new GraphQLError('no rule allows this field', { extensions: { code: 'FORBIDDEN' } }),
  }).generate(schema) as IMiddlewareTypeMap;
  for (const [typeName, fields] of Object.entries(generated)) {
    if (ROOT_TYPES.has(typeName) || typeof fields !== 'object') continue;
    for (const fieldName of Object.keys(fields)) {
      if (tree[typeName]?.[fieldName] === allow) delete (fields as IMiddlewareFieldMap)[fieldName];
    }
  }
  return generated;
}
