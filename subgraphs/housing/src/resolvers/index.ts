import type { Resolvers } from '../generated/resolvers-types';
import { Household } from './Household';
import { HouseholdMember } from './HouseholdMember';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Household, HouseholdMember };
