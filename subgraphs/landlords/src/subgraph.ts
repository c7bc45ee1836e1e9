import { join } from 'node:path';
import { loadTypeDefs, SUBGRAPH_PORTS, type SubgraphModule } from '@wohnnetz/service-kit';
import { createLandlordsContext, type LandlordsContext } from './context';
import { HousingUnitSchema } from './entities/housing-unit.entity';
import { LandlordSchema } from './entities/landlord.entity';
import { TenancySchema } from './entities/tenancy.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const landlords: SubgraphModule<LandlordsContext> = {
  name: 'landlords',
  defaultPort: SUBGRAPH_PORTS.landlords,
  definition: {
    name: 'landlords',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    createContext: createLandlordsContext,
  },
  entities: [LandlordSchema, HousingUnitSchema, TenancySchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  seedDemoData,
};
