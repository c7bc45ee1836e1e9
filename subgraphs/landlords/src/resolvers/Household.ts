import type { HouseholdResolvers } from '../generated/resolvers-types';

export const Household: HouseholdResolvers = {
  // Housing owns households; this subgraph needs only the key, so no database access here.
  __resolveReference: (reference) => ({ id: reference.id }),
  // Tenancies are loaded newest first: the first one is the household's current tenancy.
  tenancy: async (household, _args, { tenanciesByHousehold }) =>
    (await tenanciesByHousehold.load(household.id))[0] ?? null,
};
