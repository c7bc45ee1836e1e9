import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConsentGuard } from '@wohnnetz/consent-enforcement';
import type { Caller } from './internal-token';

/**
 * What every subgraph resolver gets: a request-scoped entity manager, the caller named by the
 * gateway's token, the request's consent guard, and the request id.
 */
export interface BaseContext {
  em: EntityManager;
  caller: Caller;
  consent: ConsentGuard;
  requestId: string;
}

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9-]{1,64}$/.test(value) ? value : randomUUID();
}
