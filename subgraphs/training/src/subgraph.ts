import { defineSubgraph, soleOwner, type HouseholdReference } from '@wohnnetz/service-kit';
import { createTrainingContext, type TrainingContext } from './context';
import { CourseSchema } from './entities/course.entity';
import { EnrollmentSchema } from './entities/enrollment.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const training = defineSubgraph<TrainingContext>({
  name: 'training',
  sourceDir: __dirname,
  resolvers,
  createContext: createTrainingContext,
  entities: [CourseSchema, EnrollmentSchema],
  migrations,
  seedDemoData,
  consent: {
    householdOf: {
      Household: (household: HouseholdReference) => household.id,
    },
    // The training providers running the courses of the household's enrollments own its data here.
    // Enrollments and courses come through the loaders that resolve Household.trainingEnrollments
    // and Enrollment.course: no statement of their own when those fields are asked for.
    ownersOf: async ({ enrollmentsByHousehold, courses }, ids) => {
      const owners = new Map<string, string[]>();
      await Promise.all(
        ids.map(async (id) => {
          const enrollments = await enrollmentsByHousehold.load(id);
          const rows = await courses.loadMany(
            enrollments.map((enrollment) => enrollment.course.id),
          );
          const agencies = new Set(
            rows.flatMap((course) =>
              course && !(course instanceof Error) ? [course.providerAgencyId] : [],
            ),
          );
          owners.set(id, soleOwner(agencies));
        }),
      );
      return owners;
    },
    // Reference data without personal data: any authenticated caller.
    rootFields: { 'Query.courses': {} },
  },
});
