import { badInput, isUuid } from '@wohnnetz/service-kit';

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

export function decodeCursor(cursor: string): EntryId {
  const [recordId = '', n = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (!isUuid(recordId) || !/^[1-9]\d{0,8}$/.test(n)) {
    throw badInput('after is not a cursor returned by this API', 'after');
  }
  return { recordId: recordId.toLowerCase(), n: Number(n) };
}
