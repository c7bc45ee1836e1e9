import { defineSubgraph, soleOwners, type HouseholdReference } from '@wohnnetz/service-kit';
import { createWelfareContext, type WelfareContext } from './context';
import { SupportCaseSchema, type SupportCase } from './entities/support-case.entity';
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
  consent: {
    householdOf: {
      Household: (household: HouseholdReference) => household.id,
      SupportCase: (supportCase: SupportCase) => supportCase.householdId,
    },
    // The agencies whose providers opened the household's support cases own its data here
    // (recorded with each case). Through the loader that resolves Household.supportCases: no
    // statement of its own when that field is asked for.
    ownersOf: ({ supportCasesByHousehold }, ids) =>
      soleOwners(ids, async (id) =>
        (await supportCasesByHousehold.load(id)).map((supportCase) => supportCase.providerAgencyId),
      ),
    // Reference data without personal data: any authenticated caller.
    rootFields: { 'Query.welfareProviders': {} },
  },
});
