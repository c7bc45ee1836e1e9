import type { HouseholdResolvers } from '../generated/resolvers-types';

export const Household: HouseholdResolvers = {
  // Household is owned by housing: a reference is all this subgraph needs, no database access.
  __resolveReference: (reference) => ({ id: reference.id }),
  benefitCase: async (household, _args, { benefitCasesByHousehold }) =>
    (await benefitCasesByHousehold.load(household.id))[0] ?? null,
  tenancyWarnings: (household, _args, { tenancyWarningsByHousehold }) =>
    tenancyWarningsByHousehold.load(household.id),
};
