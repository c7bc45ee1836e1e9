import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What every subgraph resolver gets: a request-scoped entity manager and the request id. */
export interface BaseContext {
  em: EntityManager;
  requestId: string;
}

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9-]{1,64}$/.test(value) ? value : randomUUID();
}
