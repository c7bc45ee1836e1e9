import { defineSubgraph, soleOwners, type HouseholdReference } from '@wohnnetz/service-kit';
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
    // The Jobcenter that recorded all of a household's benefit cases and tenancy warnings owns
    // its data here. The loaders are the ones that resolve Household.benefitCase and
    // Household.tenancyWarnings: no statement of their own when those fields are asked for.
    ownersOf: ({ benefitCasesByHousehold, tenancyWarningsByHousehold }, ids) =>
      soleOwners(ids, async (id) => {
        const [cases, warnings] = await Promise.all([
          benefitCasesByHousehold.load(id),
          tenancyWarningsByHousehold.load(id),
        ]);
        return [
          ...cases.map((benefitCase) => benefitCase.jobcenterAgencyId),
          ...warnings.map((warning) => warning.receivedByAgencyId),
        ];
      }),
    // No root fields: the subgraph only extends Household.
    rootFields: {},
  },
});
