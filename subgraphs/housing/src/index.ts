import { runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { housing } from './subgraph';

runSubgraphFromEnv(housing).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
