import { join } from 'node:path';
import type { SubgraphModule } from '@wohnnetz/service-kit';
import { loadTypeDefs } from '@wohnnetz/service-kit';
import { createWelfareContext, type WelfareContext } from './context';
import { SupportCaseSchema } from './entities/support-case.entity';
import { WelfareProviderSchema } from './entities/welfare-provider.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const welfare: SubgraphModule<WelfareContext> = {
  name: 'welfare',
  defaultPort: 4003,
  definition: {
    name: 'welfare',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    createContext: createWelfareContext,
  },
  entities: [WelfareProviderSchema, SupportCaseSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  seedDemoData,
};
