import { GraphQLError } from 'graphql';
import type { HouseholdMember } from '../entities/household-member.entity';
import type { HouseholdResolvers } from '../generated/resolvers-types';
import type { Municipality, HousingSituation } from '../generated/resolvers-types';

/** Members in the schema's order: by relationship, then id — never by a guarded value. */
const RELATIONSHIP_ORDER: readonly string[] = ['APPLICANT', 'PARTNER', 'CHILD', 'OTHER_RELATIVE'];
const rank = (member: HouseholdMember) => RELATIONSHIP_ORDER.indexOf(member.relationship);
const inSchemaOrder = (members: HouseholdMember[]) =>
  // The loader gives them by id (random UUIDs, which tell nothing), and the sort is stable.
  [...members].sort((a, b) => rank(a) - rank(b));

export const Household: HouseholdResolvers = {
  // Batched: all representations of one `_entities` call become one statement. Other services
  // refer to households by id without holding them (a consent recorded for a mistyped id): an id
  // the housing office does not hold is reported, not passed over as an empty value.
  __resolveReference: async (reference, { households }) => {
    const household = await households.load(reference.id);
    if (!household) {
      throw new GraphQLError(`the housing office holds no household ${reference.id}`, {
        extensions: { code: 'NOT_FOUND' },
      });
    }
    return household;
  },
  municipality: (household) => household.municipality as Municipality,
  housingSituation: (household) => household.housingSituation as HousingSituation,
  members: async (household, _args, { membersByHousehold }) =>
    inSchemaOrder(await membersByHousehold.load(household.id)),
};
