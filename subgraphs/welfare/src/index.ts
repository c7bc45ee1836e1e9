import { runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { welfare } from './subgraph';

runSubgraphFromEnv(welfare).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
