import { defineSubgraph } from '@wohnnetz/service-kit';
import { createHousingContext, type HousingContext } from './context';
import { HouseholdSchema, type Household } from './entities/household.entity';
import { HouseholdMemberSchema, type HouseholdMember } from './entities/household-member.entity';
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
  consent: {
    // Any authenticated caller may list households; their personal fields are guarded.
    rootFields: { 'Query.household': {}, 'Query.households': {} },
    householdOf: {
      Household: (household: Household) => household.id,
      HouseholdMember: (member: HouseholdMember) => member.household.id,
    },
    // The responsible housing office owns the household's record.
    ownersOf: async ({ households }, ids) => {
      const rows = await households.loadMany(ids);
      return new Map(
        rows.flatMap((row) =>
          row && !(row instanceof Error) && row.housingOfficeAgencyId
            ? [[row.id, [row.housingOfficeAgencyId]]]
            : [],
        ),
      );
    },
  },
});
