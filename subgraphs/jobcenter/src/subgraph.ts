import { defineSubgraph, soleOwner, type HouseholdReference } from '@wohnnetz/service-kit';
import { createJobcenterContext, type JobcenterContext } from './context';
import { BenefitCaseSchema } from './entities/benefit-case.entity';
import { TenancyWarningSchema } from './entities/tenancy-warning.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const jobcenter = defineSubgraph<JobcenterContext>({
  name: 'jobcenter',
  sourceDir: __dirname,
  resolvers,
  createContext: createJobcenterContext,
  entities: [BenefitCaseSchema, TenancyWarningSchema],
  migrations,
  seedDemoData,
  consent: {
    householdOf: {
      Household: (household: HouseholdReference) => household.id,
    },
    // The Jobcenters of the household's benefit cases own its data here. The loader is the one
    // that resolves Household.benefitCase: no statement of its own when that field is asked for.
    ownersOf: async ({ benefitCasesByHousehold }, ids) => {
      const owners = new Map<string, string[]>();
      await Promise.all(
        ids.map(async (id) => {
          const cases = await benefitCasesByHousehold.load(id);
          const agencies = new Set(cases.map((benefitCase) => benefitCase.jobcenterAgencyId));
          owners.set(id, soleOwner(agencies));
        }),
      );
      return owners;
    },
    // No root fields: the subgraph only extends Household.
    rootFields: {},
  },
});
