import { defineSubgraph, soleOwners, type HouseholdReference } from '@wohnnetz/service-kit';
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
  consent: {
    householdOf: {
      Household: (household: HouseholdReference) => household.id,
    },
    // The landlord agencies that let the household's tenancies own its data here (recorded with
    // each tenancy, so a unit's later owner gets none of it). Through the loader that resolves
    // Household.tenancy: no statement of its own when that field is asked for.
    ownersOf: ({ tenanciesByHousehold }, ids) =>
      soleOwners(ids, async (id) =>
        (await tenanciesByHousehold.load(id)).map((tenancy) => tenancy.landlordAgencyId),
      ),
    // Reference data without personal data: any authenticated caller.
    rootFields: { 'Query.vacantUnits': {} },
  },
});
