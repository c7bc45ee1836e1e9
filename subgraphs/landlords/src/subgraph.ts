import { defineSubgraph } from '@wohnnetz/service-kit';
import { createLandlordsContext, type LandlordsContext } from './context';
import { HousingUnitSchema } from './entities/housing-unit.entity';
import { LandlordSchema } from './entities/landlord.entity';
import { TenancySchema } from './entities/tenancy.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const landlords = defineSubgraph<LandlordsContext>({
  name: 'landlords',
  sourceDir: __dirname,
  resolvers,
  createContext: createLandlordsContext,
  entities: [LandlordSchema, HousingUnitSchema, TenancySchema],
  migrations,
  seedDemoData,
});
