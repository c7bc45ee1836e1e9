import { join } from 'node:path';
import { loadTypeDefs, SUBGRAPH_PORTS, type SubgraphModule } from '@wohnnetz/service-kit';
import { createTrainingContext, type TrainingContext } from './context';
import { CourseSchema } from './entities/course.entity';
import { EnrollmentSchema } from './entities/enrollment.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const training: SubgraphModule<TrainingContext> = {
  name: 'training',
  defaultPort: SUBGRAPH_PORTS.training,
  definition: {
    name: 'training',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    createContext: createTrainingContext,
  },
  entities: [CourseSchema, EnrollmentSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  seedDemoData,
};
