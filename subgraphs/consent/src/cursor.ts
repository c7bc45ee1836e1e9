import { isUuid, notACursor } from '@wohnnetz/service-kit';
import { parseInstant } from './validation/instant';

/** An access-log entry: the n-th decision (from 1) of a record. */
export interface EntryId {
  recordId: string;
  n: number;
}

export const entryIdText = ({ recordId, n }: EntryId) => `${recordId}:${n}`;

/** Cursors are opaque to clients: the base64url of the id of the last entry of a page. */
export function encodeCursor(id: EntryId): string {
  return Buffer.from(entryIdText(id), 'utf8').toString('base64url');
}

/** A cursor exactly as encodeCursor wrote it (base64url is lenient: it skips what it cannot read). */
export function decodeCursor(cursor: string): EntryId {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const [recordId = '', n = ''] = parts;
  const canonical = isUuid(recordId) && recordId === recordId.toLowerCase();
  if (parts.length !== 2 || !canonical || !/^[1-9]\d{0,8}$/.test(n)) throw notACursor();
  const id = { recordId, n: Number(n) };
  if (encodeCursor(id) !== cursor) throw notACursor();
  return id;
}

/** Where a page of an agency's consents ends: the last consent's recording instant and id. */
export interface ConsentKey {
  recordedAt: Date;
  id: string;
}

/** The base64url of `<recordedAt, ISO 8601 in ms>|<id>`: the next page starts right after it. */
export function encodeConsentCursor({ recordedAt, id }: ConsentKey): string {
  return Buffer.from(`${recordedAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}

/**
 * A cursor exactly as encodeConsentCursor wrote it; anything else is none. Its instant is one the
 * registry writes (parseInstant: 1900 to 9999): a made-up one outside PostgreSQL's range (year 0,
 * ±275760) failed the query as an internal error instead of being refused as no cursor.
 */
export function decodeConsentCursor(cursor: string): ConsentKey {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const [instant = '', id = ''] = parts;
  const recordedAt = parseInstant(instant);
  if (parts.length !== 2 || recordedAt === null || !isUuid(id) || id !== id.toLowerCase()) {
    throw notACursor();
  }
  const key = { recordedAt, id };
  if (encodeConsentCursor(key) !== cursor) throw notACursor();
  return key;
}
