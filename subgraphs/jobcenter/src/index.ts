import { describeForLog, runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { jobcenter } from './subgraph';

runSubgraphFromEnv(jobcenter).catch((error: unknown) => {
  console.error(describeForLog(error));
  process.exit(1);
});
