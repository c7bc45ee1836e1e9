import type { HouseholdResolvers } from '../generated/resolvers-types';

export const Household: HouseholdResolvers = {
  // Housing owns the household: its key is all this subgraph needs, so no database access here.
  __resolveReference: (reference) => ({ id: reference.id }),
  // Batched: the support cases of all households of one request become one statement.
  supportCases: (household, _args, { supportCasesByHousehold }) =>
    supportCasesByHousehold.load(household.id),
};
