import type { CourseLanguage, CourseResolvers, Municipality } from '../generated/resolvers-types';

export const Course: CourseResolvers = {
  language: (course) => course.language as CourseLanguage,
  municipality: (course) => course.municipality as Municipality,
};
