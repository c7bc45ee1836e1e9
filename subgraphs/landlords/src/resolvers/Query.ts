import type { FilterQuery } from '@mikro-orm/core';
import { HousingUnitSchema, type HousingUnit } from '../entities/housing-unit.entity';
import type { QueryResolvers } from '../generated/resolvers-types';
import { assertPageSize } from '@wohnnetz/service-kit';

export const Query: QueryResolvers = {
  vacantUnits: (_parent, { municipality, first }, { em }) => {
    const limit = assertPageSize(first);
    const where: FilterQuery<HousingUnit> = municipality
      ? { vacantSince: { $ne: null }, landlord: { municipality } }
      : { vacantSince: { $ne: null } };
    return em.find(HousingUnitSchema, where, { orderBy: { vacantSince: 'asc', id: 'asc' }, limit });
  },
};
