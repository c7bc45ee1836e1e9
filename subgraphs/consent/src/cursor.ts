import { badInput, isUuid } from '@wohnnetz/service-kit';

/** Cursors are opaque to clients: the base64url of the id of the last entry of a page. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) throw badInput('after is not a cursor returned by this API', 'after');
  return id.toLowerCase();
}
