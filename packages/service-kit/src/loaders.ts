import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';

/**
 * Per-request loader of entities by primary key: all keys asked for in one tick become one
 * `where id in (…)` statement.
 */
export function loaderById<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  idOf: (row: T) => string,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [idOf(row), row]));
    return ids.map((id) => byId.get(id) ?? null);
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
  orderBy: Record<string, 'asc' | 'desc'> = { id: 'asc' },
): DataLoader<string, T[]> {
  return new DataLoader(async (parents) => {
    const rows = await em.find(entity, { [parentField]: { $in: [...parents] } } as unknown as FilterQuery<T>, {
      orderBy: orderBy as never,
    });
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const key = parentOf(row);
      const list = byParent.get(key);
      if (list) list.push(row);
      else byParent.set(key, [row]);
    }
    return parents.map((parent) => byParent.get(parent) ?? []);
  });
}
