import type { FilterQuery } from '@mikro-orm/core';
import { inCodePointOrder } from '@wohnnetz/service-kit';
import { WelfareProviderSchema, type WelfareProvider } from '../entities/welfare-provider.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  welfareProviders: (_parent, { municipality }, { em }) => {
    const where: FilterQuery<WelfareProvider> = municipality ? { municipality } : {};
    // By name in code-point order, the same on every server, then id.
    return em.find(WelfareProviderSchema, where, {
      orderBy: { [inCodePointOrder('name')]: 'asc', id: 'asc' },
    });
  },
};
