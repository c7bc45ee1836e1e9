import type { HouseholdResolvers } from '../generated/resolvers-types';

export const Household: HouseholdResolvers = {
  // Housing owns the household; this subgraph only needs its id.
  __resolveReference: (reference) => ({ id: reference.id }),
  trainingEnrollments: (household, _args, { enrollmentsByHousehold }) =>
    enrollmentsByHousehold.load(household.id),
};
