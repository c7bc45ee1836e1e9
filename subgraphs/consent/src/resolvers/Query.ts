import type { FilterQuery } from '@mikro-orm/core';
import {
  assertIdentifier,
  assertPageSize,
  assertUuid,
  badInput,
  inCodePointOrder,
  notACursor,
  pageOf,
} from '@wohnnetz/service-kit';
import { assertMaySupervise } from '../access';
import {
  accessLogHasEntry,
  countAccessLog,
  readAccessLog,
  type AccessLogEntryRow,
} from '../access-log';
import { decodeEntryCursor, encodeEntryCursor, entryIdText } from '../cursor';
import { AgencySchema, type Agency } from '../entities/agency.entity';
import { ConsentGrantSchema, type ConsentGrant } from '../entities/consent-grant.entity';
import { RetentionRunSchema, type RetentionRun } from '../entities/retention-run.entity';
import { newestFirstPage, type NewestFirst } from '../newest-first';
import { notAnInstant, parseInstant } from '../validation/instant';
import type {
  AccessLogEntry,
  AgencyKind,
  DataCategory,
  Purpose,
  QueryResolvers,
} from '../generated/resolvers-types';

const accessLogEntry = (row: AccessLogEntryRow): AccessLogEntry => ({
  id: entryIdText(row.id),
  at: row.at.toISOString(),
  requestId: row.requestId,
  actor: row.actor,
  agencyId: row.agencyId,
  agencyKind: row.agencyKind as AgencyKind,
  purpose: row.purpose as Purpose,
  householdId: row.householdId,
  ownerAgencyIds: row.ownerAgencyIds,
  category: row.category as DataCategory,
  field: row.field,
  subgraph: row.subgraph,
  released: row.released,
  basis: row.basis,
  reference: row.reference,
});

/**
 * An optional instant argument, parsed; a text that is none is the caller's mistake, as are
 * fractions of a millisecond (parseInstant refuses them): the log's instants are milliseconds, and
 * a bound finer than that would be cut to one that includes or leaves out an instant it should not.
 */
function optionalInstant(value: string | null | undefined, argument: string): Date | undefined {
  if (value === null || value === undefined) return undefined;
  const instant = parseInstant(value.trim());
  if (!instant) throw badInput(notAnInstant(argument), argument);
  return instant;
}

/** An agency's consents, newest recorded first (the index on recorded_by_agency_id, recorded_at, id). */
const RECORDED_CONSENTS: NewestFirst<ConsentGrant> = {
  schema: ConsentGrantSchema,
  instant: 'recordedAt',
};

/** The retention runs, newest first (the index on at, id). */
const RETENTION_RUNS: NewestFirst<RetentionRun> = {
  schema: RetentionRunSchema,
  instant: 'at',
};

export const Query: QueryResolvers = {
  agencies: (_parent, { kind, municipality }, { em }) => {
    const where: FilterQuery<Agency> = {};
    if (kind) where.kind = kind;
    if (municipality) where.municipality = municipality;
    // By id in code-point order, the same on every server.
    return em.find(AgencySchema, where, { orderBy: { [inCodePointOrder('id')]: 'asc' } });
  },
  agency: (_parent, { id }, { agencies }) => agencies.load(assertIdentifier(id, 'id')),

  // Only the agency's own records: released to its officer as its own task, nothing logged (the
  // names in them are decided per household, IDENTITY). Others' consents are read household by
  // household, where each household's part is decided.
  recordedConsents: (_parent, { first, after }, { em, caller }) => {
    assertMaySupervise(caller, 'list the consents their agency recorded');
    return newestFirstPage(
      em,
      RECORDED_CONSENTS,
      { recordedByAgencyId: caller.agencyId },
      first,
      after,
    );
  },

  // Programme-wide, and no personal data: every agency's officer reads the same runs.
  retentionRuns: (_parent, { first, after }, { em, caller }) => {
    assertMaySupervise(caller, 'read the retention runs');
    return newestFirstPage(em, RETENTION_RUNS, {}, first, after);
  },

  accessLog: async (
    _parent,
    { householdId, agencyId, requestId, from, until, first, after },
    { em, caller },
  ) => {
    assertMaySupervise(caller, 'read the access log');
    const pageSize = assertPageSize(first);
    const filter = {
      readerAgencyId: caller.agencyId,
      householdId: householdId == null ? undefined : assertUuid(householdId, 'householdId'),
      agencyId: agencyId == null ? undefined : assertIdentifier(agencyId, 'agencyId'),
      requestId: requestId == null ? undefined : assertIdentifier(requestId, 'requestId'),
      from: optionalInstant(from, 'from'),
      until: optionalInstant(until, 'until'),
    };
    if (filter.from && filter.until && filter.until <= filter.from) {
      throw badInput(
        `until (${filter.until.toISOString()}) must be later than from (${filter.from.toISOString()})`,
        'until',
      );
    }
    const cursor = after != null ? decodeEntryCursor(after) : undefined;
    const [rows, totalCount, cursorInList] = await Promise.all([
      readAccessLog(em, filter, pageSize + 1, cursor),
      countAccessLog(em, filter),
      cursor ? accessLogHasEntry(em, filter, cursor) : true,
    ]);
    if (!cursorInList) throw notACursor();
    const page = pageOf(rows, pageSize, totalCount, (row) => encodeEntryCursor(row.id));
    return { ...page, nodes: page.nodes.map(accessLogEntry) };
  },
};
