import { EntitySchema } from '@mikro-orm/core';

/** Why a guarded field was released to a foreign agency, or why not. */
export const ACCESS_BASES = [
  'STATUTORY',
  'CONSENT',
  'NEVER',
  'NO_CONSENT',
  'NOT_TAKING_PART',
] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];

/**
 * One decision of a record: indexes into the record's households, fields and references.
 * [household, field, released, basis, reference or null]
 */
export type AccessLogDecision = [number, number, boolean, AccessBasis, number | null];

/**
 * The decisions one subgraph asked the registry for in one request, about fields of households
 * asked for by a foreign agency: released or denied, and on which basis. One record per decision
 * call rather than one row per decision: a page of 100 households means about a thousand
 * decisions, all written before any value leaves the subgraph, so the write must be small (see
 * docs/adr/0007-access-log-records.md). Read by data-protection officers as one entry per
 * decision (`Query.accessLog`). Append-only.
 */
export interface AccessLogRecord {
  id: string;
  at: Date;
  /** The gateway's request id, shared by every record of one request. */
  requestId: string;
  /** The agency user who asked. */
  actor: string;
  agencyId: string;
  agencyKind: string;
  /** The purpose the request declared. */
  purpose: string;
  /** The subgraph that holds the fields. */
  subgraph: string;
  /** The households the decisions are about, each once. */
  householdIds: string[];
  /**
   * Per household (same order): the agency that recorded all of its data decided about in the
   * subgraph — its sole owner, whose officer may read the releases among these decisions — or
   * none where several agencies recorded it. Empty for records written before owners were logged.
   */
  ownerAgencyIds: string[][];
  /**
   * How many of the decisions are about data of each owning agency, refusals included: what a
   * registry before releasesByOwner counted; still written, for such a registry during a rolling
   * deploy, and no longer read.
   */
  entriesByOwner: Record<string, number>;
  /**
   * How many of the decisions release data of each owning agency: its officer's count, and which
   * records an owner's officer reads at all (one with no release of its data shows it nothing).
   * Null for a record written by a registry of the previous version (during a rolling deploy):
   * then counted from the decisions.
   */
  releasesByOwner: Record<string, number> | null;
  /** Schema coordinates of the guarded fields, e.g. Household.benefitCase, each once. */
  fields: string[];
  /** The category of each field (same order). */
  categories: string[];
  /** The paragraphs (STATUTORY), grant ids (CONSENT) and policy reasons (NEVER) cited, each once. */
  references: string[];
  decisions: AccessLogDecision[];
}

export const AccessLogRecordSchema = new EntitySchema<AccessLogRecord>({
  name: 'AccessLogRecord',
  tableName: 'access_log_record',
  properties: {
    id: { type: 'uuid', primary: true },
    at: { type: 'datetime', index: true },
    requestId: { type: 'string', length: 64, index: true },
    actor: { type: 'string', length: 255 },
    agencyId: { type: 'string', length: 64, index: true },
    agencyKind: { type: 'string', length: 32 },
    purpose: { type: 'string', length: 64 },
    subgraph: { type: 'string', length: 32 },
    householdIds: { type: 'string[]', columnType: 'uuid[]' },
    ownerAgencyIds: { type: 'json', defaultRaw: `'[]'` },
    entriesByOwner: { type: 'json', defaultRaw: `'{}'` },
    releasesByOwner: { type: 'json', nullable: true },
    fields: { type: 'string[]' },
    categories: { type: 'string[]' },
    references: { type: 'string[]' },
    decisions: { type: 'json' },
  },
  indexes: [
    {
      // Which records name a household: `household_ids @> array[…]` (the officer's usual question).
      name: 'access_log_record_household_ids_index',
      expression:
        'create index "access_log_record_household_ids_index" on "access_log_record" using gin ("household_ids");',
    },
  ],
});
