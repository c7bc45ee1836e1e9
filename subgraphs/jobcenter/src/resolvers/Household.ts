import type { HouseholdResolvers } from '../generated/resolvers-types';

export const Household: HouseholdResolvers = {
  // Household is owned by housing: a reference is all this subgraph needs, no database access.
  __resolveReference: (reference) => ({ id: reference.id }),
  // The cases come by `since`, latest first: an ended case may have changed after the current one.
  benefitCase: async (household, _args, { benefitCasesByHousehold }) => {
    const cases = await benefitCasesByHousehold.load(household.id);
    return cases.find((benefitCase) => benefitCase.status !== 'ENDED') ?? cases[0] ?? null;
  },
  tenancyWarnings: (household, _args, { tenancyWarningsByHousehold }) =>
    tenancyWarningsByHousehold.load(household.id),
};
