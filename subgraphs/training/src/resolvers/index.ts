import type { Resolvers } from '../generated/resolvers-types';
import { Course } from './Course';
import { Enrollment } from './Enrollment';
import { Household } from './Household';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Household, Enrollment, Course };
