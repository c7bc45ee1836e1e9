import { runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { training } from './subgraph';

runSubgraphFromEnv(training).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
