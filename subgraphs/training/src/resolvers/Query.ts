import type { FilterQuery } from '@mikro-orm/core';
import { datedConnection, listOf } from '@wohnnetz/service-kit';
import { CourseSchema, type Course } from '../entities/course.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  courses: (_parent, { municipality, language, first, after }, { em }) => {
    const scope: FilterQuery<Course> = {
      ...(municipality ? { municipality } : {}),
      ...(language ? { language } : {}),
    };
    return datedConnection(em, CourseSchema, scope, 'startsOn', {
      list: listOf('courses', municipality, language),
      first,
      after,
    });
  },
};
