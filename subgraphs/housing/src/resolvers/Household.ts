import type { HouseholdResolvers } from '../generated/resolvers-types';
import type { Municipality, HousingSituation } from '../generated/resolvers-types';

import type { HouseholdMember } from '../entities/household-member.entity';

/** Members in the schema's order: by relationship, then id — never by a guarded value. */
const RELATIONSHIP_ORDER: readonly string[] = ['APPLICANT', 'PARTNER', 'CHILD', 'OTHER_RELATIVE'];
const rank = (member: HouseholdMember) => RELATIONSHIP_ORDER.indexOf(member.relationship);
const inSchemaOrder = (members: HouseholdMember[]) =>
  // The loader gives them by id, and the sort is stable.
  [...members].sort((a, b) => rank(a) - rank(b));

export const Household: HouseholdResolvers = {
  // Batched: all representations of one `_entities` call become one statement.
  __resolveReference: (reference, { households }) => households.load(reference.id),
  municipality: (household) => household.municipality as Municipality,
  housingSituation: (household) => household.housingSituation as HousingSituation,
  members: async (household, _args, { membersByHousehold }) =>
    inSchemaOrder(await membersByHousehold.load(household.id)),
};
