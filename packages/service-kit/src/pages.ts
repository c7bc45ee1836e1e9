/**
 * Pages of a connection (`nodes`, `pageInfo`, `totalCount`), and the cursors of lists ordered by
 * id (households) or by an ISO date, then id (vacant units by the day they fell vacant, courses
 * by their start): such a cursor carries the last row's id (and date), so the next page starts
 * right after it however the list has changed since, and the list it came from with its filter,
 * so that no other list (nor the same list with another filter) takes it: its rows are ordered
 * alike, and would silently skip everything before that row.
 */
import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/postgresql';
import { assertPageSize, badInput, isUuid } from './input';

/** Where a page ends: the last row's date (YYYY-MM-DD) and id. */
export interface DatedKey {
  date: string;
  id: string;
}

/** A calendar date as YYYY-MM-DD, one that exists (no 2026-02-30; PostgreSQL has no year 0). */
export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !value.startsWith('0000') &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * A cursor the list did not hand out (made up, cut, from another list or another filter): every
 * list refuses it in these words.
 */
export const notACursor = () => badInput('after is not a cursor returned by this list', 'after');

/**
 * Names a list and its filter in its cursors (`vacantUnits`, `courses`, each filter value or
 * `*` where none is given), e.g. `courses:DORTMUND:*`: no `|`, which separates a cursor's parts.
 */
export function listOf(name: string, ...filter: (string | null | undefined)[]): string {
  const list = [name, ...filter.map((value) => value ?? '*')].join(':');
  if (list.includes('|')) throw new Error(`a list's name may not contain '|': ${list}`);
  return list;
}

/** Opaque to clients: the base64url of `<list>|<id>` (`list` from listOf). */
export const encodeIdCursor = (list: string, id: string): string =>
  Buffer.from(`${list}|${id}`, 'utf8').toString('base64url');

/**
 * A cursor exactly as encodeIdCursor wrote it for this list (base64url is lenient: it skips what
 * it cannot read), its id in lower case as the database writes it: the same row in upper case is
 * no cursor this list handed out. One of another list, or of this list with another filter, is
 * refused.
 */
export function decodeIdCursor(list: string, cursor: string): string {
  const [of = '', id = '', ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (
    rest.length > 0 ||
    of !== list ||
    !isUuid(id) ||
    id !== id.toLowerCase() ||
    encodeIdCursor(list, id) !== cursor
  ) {
    throw notACursor();
  }
  return id;
}

/** Opaque to clients: the base64url of `<list>|<date>|<id>` (`list` from listOf). */
export const encodeDatedCursor = (list: string, { date, id }: DatedKey): string =>
  Buffer.from(`${list}|${date}|${id}`, 'utf8').toString('base64url');

/**
 * A cursor exactly as encodeDatedCursor wrote it for this list (base64url is lenient: it skips
 * what it cannot read); one of another list, or of this list with another filter, is refused.
 */
export function decodeDatedCursor(list: string, cursor: string): DatedKey {
  const [of = '', date = '', id = '', ...rest] = Buffer.from(cursor, 'base64url')
    .toString('utf8')
    .split('|');
  const key = { date, id };
  if (
    rest.length > 0 ||
    of !== list ||
    !isIsoDate(date) ||
    !isUuid(id) ||
    id !== id.toLowerCase() ||
    encodeDatedCursor(list, key) !== cursor
  ) {
    throw notACursor();
  }
  return key;
}

/** The rows after a cursor in ascending (date, id) order. */
function afterDatedKey<T>(dateField: keyof T & string, key: DatedKey): FilterQuery<T> {
  return {
    $or: [{ [dateField]: { $gt: key.date } }, { [dateField]: key.date, id: { $gt: key.id } }],
  } as FilterQuery<T>;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/**
 * One page of a connection, from rows read with a limit of `pageSize + 1` (the extra row only
 * tells whether another page follows) and the count of all rows matching the list's filter; the
 * cursor is the last row's (`cursorOf`).
 */
export function pageOf<T>(
  rows: T[],
  pageSize: number,
  totalCount: number,
  cursorOf: (row: T) => string,
): Page<T> {
  const nodes = rows.slice(0, pageSize);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > pageSize,
      endCursor: last === undefined ? null : cursorOf(last),
    },
  };
}

/**
 * One page of the rows matching `scope`, ordered by a date column and then id, after the row a
 * cursor of this list names: two statements (the page and the count), whatever the page. `list`
 * (listOf) names the list and every filter that makes up `scope`.
 */
export async function datedConnection<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  scope: FilterQuery<T>,
  dateField: keyof T & string,
  { list, first, after }: { list: string; first: number; after?: string | null },
): Promise<Page<T>> {
  const pageSize = assertPageSize(first);
  const where =
    after != null
      ? ({
          $and: [scope, afterDatedKey<T>(dateField, decodeDatedCursor(list, after))],
        } as FilterQuery<T>)
      : scope;
  const orderBy = { [dateField]: 'asc', id: 'asc' } as FindOptions<T>['orderBy'];
  const [rows, totalCount] = await Promise.all([
    em.find(entity, where, { orderBy: orderBy as never, limit: pageSize + 1 }),
    em.count(entity, scope),
  ]);
  return pageOf(rows as T[], pageSize, totalCount, (row) =>
    encodeDatedCursor(list, { date: String(row[dateField]), id: row.id }),
  );
}
