import type { HouseholdResolvers } from '../generated/resolvers-types';
import type { Municipality, HousingSituation } from '../generated/resolvers-types';

export const Household: HouseholdResolvers = {
  // Batched: all representations of one `_entities` call become one statement.
  __resolveReference: (reference, { households }) => households.load(reference.id),
  municipality: (household) => household.municipality as Municipality,
  housingSituation: (household) => household.housingSituation as HousingSituation,
  members: (household, _args, { membersByHousehold }) => membersByHousehold.load(household.id),
};
