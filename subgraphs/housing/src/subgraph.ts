import { defineSubgraph, soleOwners } from '@wohnnetz/service-kit';
import { createHousingContext, type HousingContext } from './context';
import { HouseholdSchema, type Household } from './entities/household.entity';
import { HouseholdMemberSchema, type HouseholdMember } from './entities/household-member.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

/** The role that may list the programme's households (case workers of the case agencies). */
const HOUSEHOLD_LIST_ROLE = 'caseworker';

export const housing = defineSubgraph<HousingContext>({
  name: 'housing',
  sourceDir: __dirname,
  resolvers,
  createContext: createHousingContext,
  entities: [HouseholdSchema, HouseholdMemberSchema],
  migrations,
  seedDemoData,
  consent: {
    householdOf: {
      Household: (household: Household) => household.id,
      HouseholdMember: (member: HouseholdMember) => member.household.id,
    },
    // The responsible housing office owns the household's record.
    ownersOf: ({ households }, ids) =>
      soleOwners(ids, async (id) => {
        const household = await households.load(id);
        return household?.housingOfficeAgencyId ? [household.housingOfficeAgencyId] : [];
      }),
    rootFields: {
      // A household by its id (given in a referral): any authenticated caller; its personal
      // fields are guarded.
      'Query.household': {},
      // The list shows who is in the programme at all. Landlords and training providers would
      // learn which of their tenants and participants are housing-emergency cases: only the
      // agencies that work the cases may list them.
      'Query.households': { roles: [HOUSEHOLD_LIST_ROLE] },
    },
  },
});
