import { loaderById, loaderByParent, type BaseContext } from '@wohnnetz/service-kit';
import { CourseSchema, type Course } from './entities/course.entity';
import { EnrollmentSchema, type Enrollment } from './entities/enrollment.entity';

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
      // Newest course first: MikroORM joins the course table for the order, loading no course.
      { course: { startsOn: 'desc' }, id: 'asc' },
    ),
  };
}
