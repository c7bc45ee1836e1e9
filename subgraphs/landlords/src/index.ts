import { runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { landlords } from './subgraph';

runSubgraphFromEnv(landlords).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
