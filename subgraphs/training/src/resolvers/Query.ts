import type { FilterQuery } from '@mikro-orm/core';
import {
  afterDatedKey,
  assertPageSize,
  decodeDatedCursor,
  encodeDatedCursor,
  pageOf,
} from '@wohnnetz/service-kit';
import { CourseSchema, type Course } from '../entities/course.entity';
import type { QueryResolvers } from '../generated/resolvers-types';

/** Where a page ends: its last course's start date and id. */
const cursorOf = (course: Course) => encodeDatedCursor({ date: course.startsOn, id: course.id });

export const Query: QueryResolvers = {
  courses: async (_parent, { municipality, language, first, after }, { em }) => {
    const pageSize = assertPageSize(first);
    const scope: FilterQuery<Course> = {
      ...(municipality ? { municipality } : {}),
      ...(language ? { language } : {}),
    };
    const where: FilterQuery<Course> =
      after != null
        ? { $and: [scope, afterDatedKey<Course>('startsOn', decodeDatedCursor(after))] }
        : scope;
    const [rows, totalCount] = await Promise.all([
      em.find(CourseSchema, where, {
        orderBy: { startsOn: 'asc', id: 'asc' },
        limit: pageSize + 1,
      }),
      em.count(CourseSchema, scope),
    ]);
    return pageOf(rows, pageSize, totalCount, cursorOf);
  },
};
