import { isUuid, notACursor } from '@wohnnetz/service-kit';

/**
 * Cursors are opaque to clients: the base64url of `<list>|<id>`, the list with its filter (listOf,
 * e.g. `households:HAGEN`) and the last id of a page. A cursor of the list with another filter
 * is refused: its rows are ordered alike, and would silently skip every one before that id.
 */
export function encodeCursor(list: string, id: string): string {
  return Buffer.from(`${list}|${id}`, 'utf8').toString('base64url');
}

/**
 * A cursor exactly as encodeCursor wrote it for this list (base64url is lenient: it skips what it
 * cannot read), its id in lower case as the database writes it: the same row in upper case is no
 * cursor this list handed out (decodeDatedCursor refuses it alike).
 */
export function decodeCursor(list: string, cursor: string): string {
  const [of, id = '', ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (
    rest.length > 0 ||
    of !== list ||
    !isUuid(id) ||
    id !== id.toLowerCase() ||
    encodeCursor(list, id) !== cursor
  ) {
    throw notACursor();
  }
  return id;
}
