/**
 * A list field selected inside itself. graphql-armor's cost rule multiplies a list's cost by its
 * page size, and counts a list without one once. Such a list that reaches itself again (a consent
 * refers to its household, which has consents) multiplies with every repetition: before
 * Household.consents was paged, N consents of one household came back N³ times three levels down,
 * for a query of a hundred bytes. A page's items (`ConsentGrantConnection.nodes`) are such a list,
 * whichever field the page came from. Each list field may therefore appear at most once on any
 * path of an operation (side by side, and on separate paths, as often as the other limits allow).
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Refuses an operation in which a list field is selected inside itself; `reject` reports the
 * error (the gateway's limits give it their code). Each selection set is looked at once, and
 * each fragment's lists are gathered once however often it is spread: a document of fragments
 * that spread each other twice over costs no more than its length.
 */
export function listOncePerPath(
  reject: (context: ValidationContext, error: GraphQLError) => void,
): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    // The list fields (schema coordinates) anywhere within a selection set, fragments included.
    const gathered = new WeakMap<SelectionSetNode, ReadonlySet<string>>();
    const spreading = new Set<string>();
    let reported = false;

    const listsWithin = (
      selectionSet: SelectionSetNode,
      parent: GraphQLCompositeType,
    ): ReadonlySet<string> => {
      const known = gathered.get(selectionSet);
      if (known) return known;
      const lists = new Set<string>();
      const add = (more: ReadonlySet<string>) => more.forEach((list) => lists.add(list));
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) {
            continue;
          }
          const field = parent.getFields()[selection.name.value];
          const type = field && getNamedType(field.type);
          if (!field || !type || !isCompositeType(type)) continue;
          if (isListType(getNullableType(field.type))) lists.add(`${parent.name}.${field.name}`);
          add(listsWithin(selection.selectionSet, type));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          if (condition && isCompositeType(condition)) {
            add(listsWithin(selection.selectionSet, condition));
          }
        } else {
          const name = selection.name.value;
          // A fragment that spreads itself is refused by graphql-js's own rule.
          const fragment = spreading.has(name) ? undefined : context.getFragment(name);
          const condition = fragment && schema.getType(fragment.typeCondition.name.value);
          if (!fragment || !condition || !isCompositeType(condition)) continue;
          spreading.add(name);
          add(listsWithin(fragment.selectionSet, condition));
          spreading.delete(name);
        }
      }
      gathered.set(selectionSet, lists);
      return lists;
    };

    return {
      Field(node) {
        const parent = context.getParentType();
        const field = context.getFieldDef();
        if (reported || !parent || !field || !node.selectionSet) return;
        const type = getNamedType(field.type);
        if (!isListType(getNullableType(field.type)) || !isCompositeType(type)) return;
        const coordinate = `${parent.name}.${field.name}`;
        if (!listsWithin(node.selectionSet, type).has(coordinate)) return;
        reported = true;
        reject(
          context,
          new GraphQLError(
            `${coordinate} is selected inside itself: a list may appear once on each path of an operation, as each repetition multiplies its length`,
            { nodes: node },
          ),
        );
      },
    };
  };
}
