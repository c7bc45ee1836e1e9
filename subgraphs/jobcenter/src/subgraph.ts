import { defineSubgraph } from '@wohnnetz/service-kit';
import { createJobcenterContext, type JobcenterContext } from './context';
import { BenefitCaseSchema } from './entities/benefit-case.entity';
import { TenancyWarningSchema } from './entities/tenancy-warning.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const jobcenter = defineSubgraph<JobcenterContext>({
  name: 'jobcenter',
  sourceDir: __dirname,
  resolvers,
  createContext: createJobcenterContext,
  entities: [BenefitCaseSchema, TenancyWarningSchema],
  migrations,
  seedDemoData,
});
