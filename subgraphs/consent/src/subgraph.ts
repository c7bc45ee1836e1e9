import { join } from 'node:path';
import { loadTypeDefs, SUBGRAPH_PORTS, type SubgraphModule } from '@wohnnetz/service-kit';
import { createConsentContext, type ConsentContext } from './context';
import { AgencySchema } from './entities/agency.entity';
import { ConsentGrantSchema } from './entities/consent-grant.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const consent: SubgraphModule<ConsentContext> = {
  name: 'consent',
  defaultPort: SUBGRAPH_PORTS.consent,
  definition: {
    name: 'consent',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    createContext: createConsentContext,
  },
  entities: [AgencySchema, ConsentGrantSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  seedDemoData,
};
