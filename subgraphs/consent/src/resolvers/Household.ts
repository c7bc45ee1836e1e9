import type { HouseholdResolvers } from '../generated/resolvers-types';

export const Household: HouseholdResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  consents: (household, _args, { consentsByHousehold }) => consentsByHousehold.load(household.id),
};
