import { join } from 'node:path';
import { loadTypeDefs, SUBGRAPH_PORTS, type SubgraphModule } from '@wohnnetz/service-kit';
import { createJobcenterContext, type JobcenterContext } from './context';
import { BenefitCaseSchema } from './entities/benefit-case.entity';
import { TenancyWarningSchema } from './entities/tenancy-warning.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const jobcenter: SubgraphModule<JobcenterContext> = {
  name: 'jobcenter',
  defaultPort: SUBGRAPH_PORTS.jobcenter,
  definition: {
    name: 'jobcenter',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    createContext: createJobcenterContext,
  },
  entities: [BenefitCaseSchema, TenancyWarningSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  seedDemoData,
};
