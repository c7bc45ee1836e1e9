import type { HouseholdMemberResolvers, MemberRelationship } from '../generated/resolvers-types';

export const HouseholdMember: HouseholdMemberResolvers = {
  relationship: (member) => member.relationship as MemberRelationship,
};
