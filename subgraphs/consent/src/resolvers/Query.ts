import type { FilterQuery } from '@mikro-orm/core';
import { assertPageSize, assertUuid } from '@wohnnetz/service-kit';
import { assertMayReadAccessLog } from '../access';
import { decodeCursor, encodeCursor } from '../cursor';
import {
  AccessLogEntrySchema,
  type AccessLogEntry as AccessLogEntryRow,
} from '../entities/access-log-entry.entity';
import { AgencySchema, type Agency } from '../entities/agency.entity';
import type {
  AccessLogEntry,
  AgencyKind,
  DataCategory,
  Purpose,
  QueryResolvers,
} from '../generated/resolvers-types';

const accessLogEntry = (row: AccessLogEntryRow): AccessLogEntry => ({
  id: row.id,
  at: row.at.toISOString(),
  requestId: row.requestId,
  actor: row.actor,
  agencyId: row.agencyId,
  agencyKind: row.agencyKind as AgencyKind,
  purpose: row.purpose as Purpose,
  householdId: row.householdId,
  category: row.category as DataCategory,
  field: row.field,
  subgraph: row.subgraph,
  released: row.released,
  basis: row.basis,
  reference: row.reference ?? null,
});

export const Query: QueryResolvers = {
  agencies: (_parent, { kind, municipality }, { em }) => {
    const where: FilterQuery<Agency> = {};
    if (kind) where.kind = kind;
    if (municipality) where.municipality = municipality;
    return em.find(AgencySchema, where, { orderBy: { id: 'asc' } });
  },
  agency: (_parent, { id }, { agencies }) => agencies.load(id),

  accessLog: async (_parent, { householdId, agencyId, first, after }, { em, caller }) => {
    assertMayReadAccessLog(caller);
    const pageSize = assertPageSize(first);
    const scope: FilterQuery<AccessLogEntryRow> = {};
    if (householdId) scope.householdId = assertUuid(householdId, 'householdId');
    if (agencyId) scope.agencyId = agencyId;
    const page = em.createQueryBuilder(AccessLogEntrySchema, 'entry').select('*').where(scope);
    if (after) {
      // Newest first by (at, id): the entries strictly after the cursor's entry in that order,
      // compared in the database at its full precision.
      page.andWhere(
        '(entry.at, entry.id) < (select cursor.at, cursor.id from access_log_entry as cursor where cursor.id = ?)',
        [decodeCursor(after)],
      );
    }
    const [rows, totalCount] = await Promise.all([
      page
        .orderBy({ at: 'desc', id: 'desc' })
        .limit(pageSize + 1)
        .getResultList(),
      em.count(AccessLogEntrySchema, scope),
    ]);
    const nodes = rows.slice(0, pageSize);
    const last = nodes.at(-1);
    return {
      nodes: nodes.map(accessLogEntry),
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > pageSize,
        endCursor: last ? encodeCursor(last.id) : null,
      },
    };
  },
};
