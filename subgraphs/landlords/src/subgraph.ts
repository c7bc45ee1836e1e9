import { defineSubgraph, soleOwner, type HouseholdReference } from '@wohnnetz/service-kit';
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
    // The landlords of the units of the household's tenancies own its data here. Tenancies, units
    // and landlords come through the loaders that resolve Household.tenancy, Tenancy.unit and
    // HousingUnit.landlord: no statement of their own when those fields are asked for.
    ownersOf: async ({ tenanciesByHousehold, housingUnits, landlords }, ids) => {
      const owners = new Map<string, string[]>();
      await Promise.all(
        ids.map(async (id) => {
          const tenancies = await tenanciesByHousehold.load(id);
          const units = await housingUnits.loadMany(tenancies.map((tenancy) => tenancy.unit.id));
          const rows = await landlords.loadMany(
            units.flatMap((unit) => (unit && !(unit instanceof Error) ? [unit.landlord.id] : [])),
          );
          const agencies = new Set(
            rows.flatMap((landlord) =>
              landlord && !(landlord instanceof Error) ? [landlord.agencyId] : [],
            ),
          );
          owners.set(id, soleOwner(agencies));
        }),
      );
      return owners;
    },
    // Reference data without personal data: any authenticated caller.
    rootFields: { 'Query.vacantUnits': {} },
  },
});
