import { defineSubgraph } from '@wohnnetz/service-kit';
import { createWelfareContext, type WelfareContext } from './context';
import { SupportCaseSchema } from './entities/support-case.entity';
import { WelfareProviderSchema } from './entities/welfare-provider.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const welfare = defineSubgraph<WelfareContext>({
  name: 'welfare',
  sourceDir: __dirname,
  resolvers,
  createContext: createWelfareContext,
  entities: [WelfareProviderSchema, SupportCaseSchema],
  migrations,
  seedDemoData,
});
