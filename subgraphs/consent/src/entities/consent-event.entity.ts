import { EntitySchema } from '@mikro-orm/core';
import type { ConsentGrant } from './consent-grant.entity';

export const CONSENT_EVENT_KINDS = ['GIVEN', 'WITHDRAWN'] as const;
export type ConsentEventKind = (typeof CONSENT_EVENT_KINDS)[number];

/**
 * One event in the history of a consent grant: it was given, or withdrawn. Append-only: events
 * are written in the same transaction as the change of the grant and never updated or deleted.
 */
export interface ConsentEvent {
  id: string;
  grant: ConsentGrant;
  kind: ConsentEventKind;
  at: Date;
  /** The agency user who recorded the event. */
  actor: string;
  /** The agency of that user. */
  agencyId: string;
  /** Why the consent was withdrawn, when a reason was given. */
  reason?: string | null;
}

export const ConsentEventSchema = new EntitySchema<ConsentEvent>({
  name: 'ConsentEvent',
  tableName: 'consent_event',
  properties: {
    id: { type: 'uuid', primary: true },
    grant: { kind: 'm:1', entity: 'ConsentGrant', deleteRule: 'restrict', index: true },
    kind: { enum: true, items: [...CONSENT_EVENT_KINDS] },
    at: { type: 'datetime' },
    actor: { type: 'string', length: 255 },
    agencyId: { type: 'string', length: 64 },
    reason: { type: 'string', length: 500, nullable: true },
  },
});
