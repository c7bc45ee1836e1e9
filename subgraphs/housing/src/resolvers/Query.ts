import type { FilterQuery } from '@mikro-orm/core';
import { HouseholdSchema, type Household } from '../entities/household.entity';
import type { QueryResolvers } from '../generated/resolvers-types';
import {
  assertPageSize,
  assertUuid,
  decodeIdCursor,
  encodeIdCursor,
  listOf,
  pageOf,
} from '@wohnnetz/service-kit';

export const Query: QueryResolvers = {
  household: (_parent, { id }, { households }) => households.load(assertUuid(id, 'id')),

  households: async (_parent, { first, after, municipality }, { em, households }) => {
    const pageSize = assertPageSize(first);
    const scope: FilterQuery<Household> = municipality ? { municipality } : {};
    const list = listOf('households', municipality);
    const where: FilterQuery<Household> =
      after != null ? { $and: [scope, { id: { $gt: decodeIdCursor(list, after) } }] } : scope;
    const [rows, totalCount] = await Promise.all([
      em.find(HouseholdSchema, where, { orderBy: { id: 'asc' }, limit: pageSize + 1 }),
      em.count(HouseholdSchema, scope),
    ]);
    const page = pageOf(rows, pageSize, totalCount, (row) => encodeIdCursor(list, row.id));
    // Later lookups by id in this request (the consent guard's owners) need no statement.
    for (const row of page.nodes) households.prime(row.id, row);
    return page;
  },
};
