import type { FilterQuery } from '@mikro-orm/core';
import { CourseSchema, type Course } from '../entities/course.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  courses: (_parent, { municipality, language }, { em }) => {
    const where: FilterQuery<Course> = {
      ...(municipality ? { municipality } : {}),
      ...(language ? { language } : {}),
    };
    return em.find(CourseSchema, where, { orderBy: { startsOn: 'asc', id: 'asc' } });
  },
};
