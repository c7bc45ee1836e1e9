import type { FilterQuery } from '@mikro-orm/core';
import { WelfareProviderSchema, type WelfareProvider } from '../entities/welfare-provider.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  welfareProviders: (_parent, { municipality }, { em }) => {
    const where: FilterQuery<WelfareProvider> = municipality ? { municipality } : {};
    return em.find(WelfareProviderSchema, where, { orderBy: { name: 'asc', id: 'asc' } });
  },
};
