import { describeForLog, runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { housing } from './subgraph';

runSubgraphFromEnv(housing).catch((error: unknown) => {
  console.error(describeForLog(error));
  process.exit(1);
});
