import { runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { consent } from './subgraph';

runSubgraphFromEnv(consent).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
