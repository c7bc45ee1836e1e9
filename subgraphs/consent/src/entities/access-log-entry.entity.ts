import { EntitySchema } from '@mikro-orm/core';

/** Why a guarded field was released to a foreign agency, or why not. */
export const ACCESS_BASES = ['STATUTORY', 'CONSENT', 'NEVER', 'NO_CONSENT'] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];

/**
 * One decision on a guarded field of a household asked for by a foreign agency: released or
 * denied, and on which basis. Written by the subgraph that holds the field before the value
 * leaves it; read by data-protection officers. Append-only.
 */
export interface AccessLogEntry {
  id: string;
  at: Date;
  /** The gateway's request id, shared by every entry of one request. */
  requestId: string;
  /** The agency user who asked. */
  actor: string;
  agencyId: string;
  agencyKind: string;
  /** The purpose the request declared. */
  purpose: string;
  householdId: string;
  category: string;
  /** Schema coordinate of the guarded field, e.g. Household.benefitCase. */
  field: string;
  /** The subgraph that holds the field. */
  subgraph: string;
  released: boolean;
  basis: AccessBasis;
  /** The paragraph (STATUTORY), the grant id (CONSENT) or the policy's reason (NEVER). */
  reference?: string | null;
}

export const AccessLogEntrySchema = new EntitySchema<AccessLogEntry>({
  name: 'AccessLogEntry',
  tableName: 'access_log_entry',
  properties: {
    id: { type: 'uuid', primary: true },
    at: { type: 'datetime', index: true },
    requestId: { type: 'string', length: 64 },
    actor: { type: 'string', length: 200 },
    agencyId: { type: 'string', length: 64 },
    agencyKind: { type: 'string', length: 32 },
    purpose: { type: 'string', length: 64 },
    householdId: { type: 'uuid', index: true },
    category: { type: 'string', length: 64 },
    field: { type: 'string', length: 200 },
    subgraph: { type: 'string', length: 32 },
    released: { type: 'boolean' },
    basis: { enum: true, items: [...ACCESS_BASES] },
    reference: { type: 'text', nullable: true },
  },
});
