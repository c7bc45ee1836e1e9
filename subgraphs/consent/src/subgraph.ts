import { defineSubgraph } from '@wohnnetz/service-kit';
import { createConsentContext, type ConsentContext } from './context';
import { AgencySchema } from './entities/agency.entity';
import { ConsentGrantSchema } from './entities/consent-grant.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const consent = defineSubgraph<ConsentContext>({
  name: 'consent',
  sourceDir: __dirname,
  resolvers,
  createContext: createConsentContext,
  entities: [AgencySchema, ConsentGrantSchema],
  migrations,
  seedDemoData,
});
