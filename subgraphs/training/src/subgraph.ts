import { defineSubgraph } from '@wohnnetz/service-kit';
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
});
