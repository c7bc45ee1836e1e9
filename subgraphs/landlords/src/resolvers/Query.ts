import type { FilterQuery } from '@mikro-orm/core';
import { datedConnection, listOf } from '@wohnnetz/service-kit';
import { HousingUnitSchema, type HousingUnit } from '../entities/housing-unit.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  // Longest vacant first: by the day a unit fell vacant (only vacant units are listed).
  vacantUnits: (_parent, { municipality, first, after }, { em }) => {
    const scope: FilterQuery<HousingUnit> = municipality
      ? { vacantSince: { $ne: null }, landlord: { municipality } }
      : { vacantSince: { $ne: null } };
    return datedConnection(em, HousingUnitSchema, scope, 'vacantSince', {
      list: listOf('vacantUnits', municipality),
      first,
      after,
    });
  },
};
