import type { FilterQuery } from '@mikro-orm/core';
import {
  afterDatedKey,
  assertPageSize,
  decodeDatedCursor,
  encodeDatedCursor,
  pageOf,
} from '@wohnnetz/service-kit';
import { HousingUnitSchema, type HousingUnit } from '../entities/housing-unit.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

/** Where a page ends: its last unit's vacancy date (the list holds vacant units only) and id. */
const cursorOf = (unit: HousingUnit) => encodeDatedCursor({ date: unit.vacantSince!, id: unit.id });

export const Query: QueryResolvers = {
  vacantUnits: async (_parent, { municipality, first, after }, { em }) => {
    const pageSize = assertPageSize(first);
    const scope: FilterQuery<HousingUnit> = municipality
      ? { vacantSince: { $ne: null }, landlord: { municipality } }
      : { vacantSince: { $ne: null } };
    const where: FilterQuery<HousingUnit> =
      after != null
        ? { $and: [scope, afterDatedKey<HousingUnit>('vacantSince', decodeDatedCursor(after))] }
        : scope;
    const [rows, totalCount] = await Promise.all([
      em.find(HousingUnitSchema, where, {
        orderBy: { vacantSince: 'asc', id: 'asc' },
        limit: pageSize + 1,
      }),
      em.count(HousingUnitSchema, scope),
    ]);
    return pageOf(rows, pageSize, totalCount, cursorOf);
  },
};
