import { describeForLog, runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { training } from './subgraph';

runSubgraphFromEnv(training).catch((error: unknown) => {
  console.error(describeForLog(error));
  process.exit(1);
});
