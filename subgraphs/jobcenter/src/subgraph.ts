import { defineSubgraph, soleOwners, type HouseholdReference } from '@wohnnetz/service-kit';
import { createJobcenterContext, type JobcenterContext } from './context';
import { BenefitCaseSchema } from './entities/benefit-case.entity';
import { TenancyWarningSchema } from './entities/tenancy-warning.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

/**
 * The receiver the migration wrote for warnings recorded before receivers were (where the
 * household's benefit cases did not name one Jobcenter): no agency. A token naming an agency
 * "unknown" must not own them.
 */
const UNKNOWN_RECEIVER = 'unknown';

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
    // Household.tenancyWarnings: no statement of their own when those fields are asked for. A
    // warning of an unknown receiver is a record of some agency, never the caller's own.
    ownersOf: async ({ benefitCasesByHousehold, tenancyWarningsByHousehold }, ids) => {
      const owners = await soleOwners(ids, async (id) => {
        const [cases, warnings] = await Promise.all([
          benefitCasesByHousehold.load(id),
          tenancyWarningsByHousehold.load(id),
        ]);
        return [
          ...cases.map((benefitCase) => benefitCase.jobcenterAgencyId),
          ...warnings.map((warning) => warning.receivedByAgencyId),
        ];
      });
      for (const [id, agencies] of owners) {
        owners.set(
          id,
          agencies.filter((agency) => agency !== UNKNOWN_RECEIVER),
        );
      }
      return owners;
    },
    // No root fields: the subgraph only extends Household.
    rootFields: {},
  },
});
