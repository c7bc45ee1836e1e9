import type { EntityKey, EntitySchema, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertPageSize, notACursor, pageOf, type Page } from '@wohnnetz/service-kit';
import { decodeRowCursor, encodeRowCursor } from './cursor';

/** A list of a registry table, newest first: by an instant (a property of its rows), then by id. */
export interface NewestFirst<T> {
  schema: EntitySchema<T>;
  instant: EntityKey<T>;
}

/**
 * One page of such a list within `scope`. The next page starts after the cursor's row as the
 * database orders them — its instant in full (a row written by SQL may carry microseconds a
 * cursor of milliseconds would lose) — in one row comparison that an index on (…, instant, id)
 * answers as a range. Only a cursor of a row within `scope` is taken: one of another list (another
 * agency's), or of a row that is gone, is no cursor of this one.
 */
export async function newestFirstPage<T extends { id: string }>(
  em: EntityManager,
  list: NewestFirst<T>,
  scope: FilterQuery<T>,
  first: number,
  after: string | null | undefined,
): Promise<Page<T>> {
  const pageSize = assertPageSize(first);
  const { schema, instant } = list;
  // The names in the cursor's comparison are the entity's own, as MikroORM maps it: never input.
  const metadata = em.getMetadata().get<T>(schema.meta.className);
  const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
  const table = quote(metadata.tableName);
  const column = quote(metadata.properties[instant].fieldNames[0]!);
  const rows = em
    .createQueryBuilder(schema, 'listed')
    .where(scope)
    .orderBy({ [instant]: 'desc', id: 'desc' })
    .limit(pageSize + 1);
  const cursor = after != null ? decodeRowCursor(after) : undefined;
  if (cursor) {
    rows.andWhere(
      `(listed.${column}, listed.id) < (select ${column}, id from ${table} where id = ?)`,
      [cursor],
    );
  }
  const inScope = (extra: object) => ({ $and: [scope, extra] }) as FilterQuery<T>;
  const [nodes, totalCount, cursorInList] = await Promise.all([
    rows.getResultList(),
    em.count(schema, scope),
    cursor ? em.count(schema, inScope({ id: cursor })) : 1,
  ]);
  if (cursorInList === 0) throw notACursor();
  return pageOf(nodes, pageSize, totalCount, encodeRowCursor);
}
