import { assertUuid } from '@wohnnetz/service-kit';
import type { HouseholdResolvers } from '../generated/resolvers-types';
import { householdConsentsPage } from '../household-consents';
import { visibleGrants } from '../visible-grants';

export const Household: HouseholdResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  // A page of the agency's whole part, which its release was decided on (household-consents.ts).
  consents: async (household, { first, after }, { consentsByHousehold, caller }) =>
    householdConsentsPage(
      household.id,
      visibleGrants(await consentsByHousehold.load(household.id), caller),
      first,
      after,
    ),
  // From the same loaded consents: another agency's consent is answered as an unknown id is.
  consent: async (household, { id }, { consentsByHousehold, caller }) => {
    const wanted = assertUuid(id, 'id');
    const consents = visibleGrants(await consentsByHousehold.load(household.id), caller);
    return consents.find((grant) => grant.id === wanted) ?? null;
  },
};
