import { BigIntType, EntitySchema } from '@mikro-orm/core';

/**
 * One run of `pnpm -s retention` (not `--check`; one that found nothing to delete too, ADR 0024): when, by which database role, before
 * which instants and how much. Written in the run's own transaction, so a deletion leaves this
 * trace or none happened; append-only like the rest of the record (ADR 0018). Nothing in it is
 * personal data.
 */
export interface RetentionRun {
  id: string;
  at: Date;
  /** The database role that ran it (the tables' owner). */
  actor: string;
  accessLogBefore?: Date | null;
  accessLogRecords?: number | null;
  accessLogDecisions?: number | null;
  endedConsentsBefore?: Date | null;
  endedConsents?: number | null;
  endedConsentEvents?: number | null;
}

export const RetentionRunSchema = new EntitySchema<RetentionRun>({
  name: 'RetentionRun',
  tableName: 'retention_run',
  properties: {
    id: { type: 'uuid', primary: true },
    at: { type: 'datetime' },
    actor: { type: 'string', length: 64 },
    accessLogBefore: { type: 'datetime', nullable: true },
    accessLogRecords: { type: 'integer', nullable: true },
    // A run may delete millions of records of thousands of decisions each.
    accessLogDecisions: { type: new BigIntType('number'), nullable: true },
    endedConsentsBefore: { type: 'datetime', nullable: true },
    endedConsents: { type: 'integer', nullable: true },
    endedConsentEvents: { type: 'integer', nullable: true },
  },
  // Newest first, page by page (retentionRuns).
  indexes: [{ properties: ['at', 'id'] }],
});
