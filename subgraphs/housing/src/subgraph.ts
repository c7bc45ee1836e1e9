import { join } from 'node:path';
import { loadTypeDefs, SUBGRAPH_PORTS, type SubgraphModule } from '@wohnnetz/service-kit';
import { createHousingContext, type HousingContext } from './context';
import { HouseholdSchema } from './entities/household.entity';
import { HouseholdMemberSchema } from './entities/household-member.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const housing: SubgraphModule<HousingContext> = {
  name: 'housing',
  defaultPort: SUBGRAPH_PORTS.housing,
  definition: {
    name: 'housing',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    createContext: createHousingContext,
  },
  entities: [HouseholdSchema, HouseholdMemberSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  seedDemoData,
};
