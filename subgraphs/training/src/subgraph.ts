import { defineSubgraph, soleOwners, type HouseholdReference } from '@wohnnetz/service-kit';
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
    ownersOf: ({ enrollmentsByHousehold }, ids) =>
      soleOwners(ids, async (id) =>
        (await enrollmentsByHousehold.load(id)).map((enrollment) => enrollment.providerAgencyId),
      ),
    // Reference data without personal data: any authenticated caller.
    rootFields: { 'Query.courses': {} },
  },
});
