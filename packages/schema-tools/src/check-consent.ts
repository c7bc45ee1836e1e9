/**
 * `pnpm check:consent`: fails when a field of a subgraph is unclassified, names a category the
 * consent policy lacks, or is guarded but not nullable.
 */
import { readFileSync } from 'node:fs';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { SUBGRAPH_NAMES } from '@wohnnetz/service-kit';
import { checkConsentClassification } from './consent-classification';
import { subgraphSdlPath } from './supergraph';

function main(): void {
  const policy = consentPolicy();
  const problems = SUBGRAPH_NAMES.flatMap(
    (name) =>
      checkConsentClassification(name, readFileSync(subgraphSdlPath(name), 'utf8'), policy)
        .problems,
  );
  if (problems.length > 0) {
    console.error(`consent classification: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(
    `consent classification: every field of ${SUBGRAPH_NAMES.length} subgraphs is classified`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
