import { describeForLog, runSubgraphFromEnv } from '@wohnnetz/service-kit';
import { landlords } from './subgraph';

runSubgraphFromEnv(landlords).catch((error: unknown) => {
  console.error(describeForLog(error));
  process.exit(1);
});
