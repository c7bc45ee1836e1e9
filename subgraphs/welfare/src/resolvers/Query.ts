import { raw, type FilterQuery } from '@mikro-orm/core';
import { WelfareProviderSchema, type WelfareProvider } from '../entities/welfare-provider.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  welfareProviders: (_parent, { municipality }, { em }) => {
    const where: FilterQuery<WelfareProvider> = municipality ? { municipality } : {};
    // By name in the collation "C" (code-point order), which every PostgreSQL has: the same order
    // on every server, whatever collation its databases were created with. (A raw fragment is
    // used once: one per call.)
    const name: string = raw((alias) => `${alias}.name collate "C"`);
    return em.find(WelfareProviderSchema, where, { orderBy: { [name]: 'asc', id: 'asc' } });
  },
};
