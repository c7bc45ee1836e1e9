import { defineSubgraph } from '@wohnnetz/service-kit';
import { createHousingContext, type HousingContext } from './context';
import { HouseholdSchema } from './entities/household.entity';
import { HouseholdMemberSchema } from './entities/household-member.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const housing = defineSubgraph<HousingContext>({
  name: 'housing',
  sourceDir: __dirname,
  resolvers,
  createContext: createHousingContext,
  entities: [HouseholdSchema, HouseholdMemberSchema],
  migrations,
  seedDemoData,
});
