import { loaderById, loaderByParent, type BaseContext } from '@wohnnetz/service-kit';
import { CourseSchema, type Course } from './entities/course.entity';
import { EnrollmentSchema, type Enrollment } from './entities/enrollment.entity';

/**
 * Enrollments ordered by their course's start date, newest first: MikroORM joins the course table
 * for the ordering without loading courses. loaderByParent types its orderBy as flat fields only,
 * hence the cast of this nested order.
 */
const NEWEST_COURSE_FIRST = { course: { startsOn: 'desc' }, id: 'asc' } as unknown as Record<
  string,
  'asc' | 'desc'
>;

export interface TrainingContext extends BaseContext {
  courses: ReturnType<typeof loaderById<Course>>;
  enrollmentsByHousehold: ReturnType<typeof loaderByParent<Enrollment>>;
}

export function createTrainingContext(base: BaseContext): TrainingContext {
  return {
    ...base,
    courses: loaderById(base.em, CourseSchema, (course) => course.id),
    enrollmentsByHousehold: loaderByParent(
      base.em,
      EnrollmentSchema,
      'householdId',
      (enrollment) => enrollment.householdId,
      NEWEST_COURSE_FIRST,
    ),
  };
}
