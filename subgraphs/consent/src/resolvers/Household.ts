import { assertUuid } from '@wohnnetz/service-kit';
import type { HouseholdResolvers } from '../generated/resolvers-types';
import { visibleGrants } from '../visible-grants';

export const Household: HouseholdResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  consents: async (household, _args, { consentsByHousehold, caller }) =>
    visibleGrants(await consentsByHousehold.load(household.id), caller),
  // From the same loaded consents: another agency's consent is answered as an unknown id is.
  consent: async (household, { id }, { consentsByHousehold, caller }) => {
    const wanted = assertUuid(id, 'id');
    const consents = visibleGrants(await consentsByHousehold.load(household.id), caller);
    return consents.find((grant) => grant.id === wanted) ?? null;
  },
};
