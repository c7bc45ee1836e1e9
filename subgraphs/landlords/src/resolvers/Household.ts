import type { HouseholdResolvers } from '../generated/resolvers-types';
import { currentTenancy } from '../tenancy-dates';

export const Household: HouseholdResolvers = {
  // Housing owns households; this subgraph needs only the key, so no database access here.
  __resolveReference: (reference) => ({ id: reference.id }),
  tenancy: async (household, _args, { tenanciesByHousehold, today }) =>
    currentTenancy(await tenanciesByHousehold.load(household.id), today),
};
