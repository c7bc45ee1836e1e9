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
    // The providers that run the household's support cases own its data here. Cases and providers
    // come through the loaders that resolve Household.supportCases and SupportCase.provider: no
    // statement of their own when those fields are asked for, one per loader otherwise.
    ownersOf: ({ supportCasesByHousehold, providers }, ids) =>
      soleOwners(ids, async (id) => {
        const cases = await supportCasesByHousehold.load(id);
        const rows = await providers.loadMany(cases.map((supportCase) => supportCase.provider.id));
        return rows.flatMap((provider) =>
          provider && !(provider instanceof Error) ? [provider.agencyId] : [],
        );
      }),
    // Reference data without personal data: any authenticated caller.
    rootFields: { 'Query.welfareProviders': {} },
  },
});
