/**
 * `pnpm check:consent`: fails when a field of a subgraph is unclassified, names a category the
 * consent policy lacks, is guarded but not nullable, returns a guarded type (or a union or
 * interface with one) without its category, is a classified root field, uses @requires or
 * @provides, or is classified differently in two subgraphs; when a root-field rule names a role
 * or purpose the policy lacks; when the policy's owners are not exactly the hub's subgraphs; and
 * when docs/consent-catalogue.md differs from what the policy and the subgraphs render now.
 * `--write` (`pnpm catalogue`): writes docs/consent-catalogue.md instead of comparing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { SUBGRAPH_NAMES } from '@wohnnetz/service-kit';
import { classifySubgraphs, rootFieldAccess } from './classify-subgraphs';
import { CATALOGUE_FILE, renderConsentCatalogue } from './consent-catalogue';
import { readOrEmpty } from './generated-file';
import { REPO_ROOT } from './supergraph';

function main(): void {
  const write = process.argv.includes('--write');
  const policy = consentPolicy();
  const { fields, problems } = classifySubgraphs(policy);
  if (problems.length > 0) {
    console.error(`consent classification: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(
    `consent classification: every field of ${SUBGRAPH_NAMES.length} subgraphs is classified`,
  );

  const catalogue = renderConsentCatalogue(policy, fields, rootFieldAccess());
  const path = join(REPO_ROOT, CATALOGUE_FILE);
  const current = readOrEmpty(path) === catalogue;
  if (write) {
    if (!current) writeFileSync(path, catalogue);
    console.log(`${CATALOGUE_FILE}: ${current ? 'unchanged' : 'written'}`);
    return;
  }
  if (!current) {
    console.error(`stale ${CATALOGUE_FILE} — run \`pnpm catalogue\``);
    process.exit(1);
  }
  console.log(`${CATALOGUE_FILE} is up to date`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
