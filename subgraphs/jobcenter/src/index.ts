import { runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { jobcenter } from './subgraph';

runSubgraphFromEnv(jobcenter).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
