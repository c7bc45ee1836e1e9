import type { HouseholdResolvers } from '../generated/resolvers-types';
import { visibleGrants } from '../visible-grants';

export const Household: HouseholdResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  consents: async (household, _args, { consentsByHousehold, caller }) =>
    visibleGrants(await consentsByHousehold.load(household.id), caller),
};
