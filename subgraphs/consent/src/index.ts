import { describeForLog, runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { consent } from './subgraph';

runSubgraphFromEnv(consent).catch((error: unknown) => {
  console.error(describeForLog(error));
  process.exit(1);
});
