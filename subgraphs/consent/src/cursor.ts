import { isUuid, notACursor } from '@wohnnetz/service-kit';

/** An access-log entry: the n-th decision (from 1) of a record. */
export interface EntryId {
  recordId: string;
  n: number;
}

export const entryIdText = ({ recordId, n }: EntryId) => `${recordId}:${n}`;

/** An access-log page's cursor, opaque to clients: the base64url of the id of its last entry. */
export function encodeEntryCursor(id: EntryId): string {
  return Buffer.from(entryIdText(id), 'utf8').toString('base64url');
}

/** A cursor exactly as encodeEntryCursor wrote it (base64url is lenient: it skips what it cannot read). */
export function decodeEntryCursor(cursor: string): EntryId {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const [recordId = '', n = ''] = parts;
  const canonical = isUuid(recordId) && recordId === recordId.toLowerCase();
  if (parts.length !== 2 || !canonical || !/^[1-9]\d{0,8}$/.test(n)) throw notACursor();
  const id = { recordId, n: Number(n) };
  if (encodeEntryCursor(id) !== cursor) throw notACursor();
  return id;
}

/**
 * A page of a list ordered newest first (newest-first.ts) ends at a row: the cursor is the
 * base64url of its id, and the next page starts right after that row's place however the list
 * changed since.
 */
export const encodeRowCursor = ({ id }: { id: string }): string =>
  Buffer.from(id, 'utf8').toString('base64url');

/** The row id of a cursor exactly as encodeRowCursor wrote it; anything else is none. */
export function decodeRowCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id) || id !== id.toLowerCase() || encodeRowCursor({ id }) !== cursor) {
    throw notACursor();
  }
  return id;
}
