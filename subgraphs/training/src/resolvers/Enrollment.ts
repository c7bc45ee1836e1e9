import type { EnrollmentResolvers, EnrollmentStatus } from '../generated/resolvers-types';

export const Enrollment: EnrollmentResolvers = {
  status: (enrollment) => enrollment.status as EnrollmentStatus,
  // Batched: the courses of all enrollments in a response become one statement.
  course: async (enrollment, _args, { courses }) => {
    const course = await courses.load(enrollment.course.id);
    if (!course)
      throw new Error(`enrollment ${enrollment.id}: course ${enrollment.course.id} not found`);
    return course;
  },
};
