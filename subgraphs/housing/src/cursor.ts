import { isUuid, notACursor } from '@wohnnetz/service-kit';

/** Cursors are opaque to clients: the base64url of the last id of a page. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** A cursor exactly as encodeCursor wrote it (base64url is lenient: it skips what it cannot read). */
export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id) || encodeCursor(id) !== cursor) {
    throw notACursor();
  }
  return id;
}
