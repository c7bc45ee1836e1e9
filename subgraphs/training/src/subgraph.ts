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
    // The training providers that enrolled the household's members own its data here (recorded
    // with each enrollment). Through the loader that resolves Household.trainingEnrollments: no
    // statement of its own when that field is asked for.
    ownersOf: async ({ enrollmentsByHousehold }, ids) => {
      const owners = new Map<string, string[]>();
      await Promise.all(
        ids.map(async (id) => {
          const enrollments = await enrollmentsByHousehold.load(id);
          owners.set(id, soleOwner(enrollments.map((enrollment) => enrollment.providerAgencyId)));
        }),
      );
      return owners;
    },
    // Reference data without personal data: any authenticated caller.
    rootFields: { 'Query.courses': {} },
  },
});
