import { createHash } from 'node:crypto';

/**
 * A stable UUID for a demo record, derived from its kind and number, so that every subgraph's
 * seeder refers to the same household without reading another service's database.
 */
export function demoId(kind: string, n: number): string {
  const hex = createHash('sha256').update(`wohnnetz-demo:${kind}:${n}`).digest('hex');
  // Shape it as an RFC 4122 version-4 UUID (variant bits 10xx).
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
