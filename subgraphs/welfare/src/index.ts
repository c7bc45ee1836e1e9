import { describeForLog, runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { welfare } from './subgraph';

runSubgraphFromEnv(welfare).catch((error: unknown) => {
  console.error(describeForLog(error));
  process.exit(1);
});
