import type { FilterQuery } from '@mikro-orm/core';
import { AgencySchema, type Agency } from '../entities/agency.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  agencies: (_parent, { kind, municipality }, { em }) => {
    const where: FilterQuery<Agency> = {};
    if (kind) where.kind = kind;
    if (municipality) where.municipality = municipality;
    return em.find(AgencySchema, where, { orderBy: { id: 'asc' } });
  },
  agency: (_parent, { id }, { agencies }) => agencies.load(id),
};
