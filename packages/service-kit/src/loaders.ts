import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/postgresql';

import { isUuid } from './input';

/** Keys of uuid columns: lower-cased; anything else can match no row. */
export function uuidKey(key: string): string | null {
  return isUuid(key) ? key.toLowerCase() : null;
}

/** Keys of text columns are used as they are. */
export const textKey = (key: string): string => key;

/**
 * Normalises the keys of one batch; keys that cannot match a row are left out of the statement,
 * so one malformed key (say, in a direct `_entities` call) does not fail the whole batch.
 */
function normalise(keys: readonly string[], keyOf: (key: string) => string | null) {
  const normalised = keys.map(keyOf);
  const valid = [...new Set(normalised.filter((key): key is string => key !== null))];
  return { normalised, valid };
}

/**
 * Per-request loader of entities by primary key: all keys asked for in one tick become one
 * `where id in (…)` statement.
 */
export function loaderById<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  idOf: (row: T) => string,
  keyOf: (key: string) => string | null = uuidKey,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const { normalised, valid } = normalise(ids, keyOf);
    const rows = valid.length
      ? await em.find(entity, { id: { $in: valid } } as unknown as FilterQuery<T>)
      : [];
    const byId = new Map(rows.map((row) => [idOf(row), row]));
    return normalised.map((id) => (id === null ? null : (byId.get(id) ?? null)));
  });
}

/**
 * Per-request loader of the rows that belong to a household (or any other parent key), batched
 * into one statement per tick and kept in the order given.
 */
export function loaderByParent<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  parentField: string,
  parentOf: (row: T) => string,
  orderBy: FindOptions<T>['orderBy'] = { id: 'asc' } as FindOptions<T>['orderBy'],
  keyOf: (key: string) => string | null = uuidKey,
): DataLoader<string, T[]> {
  return new DataLoader(async (parents) => {
    const { normalised, valid } = normalise(parents, keyOf);
    const rows = valid.length
      ? await em.find(entity, { [parentField]: { $in: valid } } as unknown as FilterQuery<T>, {
          orderBy: orderBy as never,
        })
      : [];
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const key = parentOf(row);
      const list = byParent.get(key);
      if (list) list.push(row);
      else byParent.set(key, [row]);
    }
    return normalised.map((parent) => (parent === null ? [] : (byParent.get(parent) ?? [])));
  });
}
