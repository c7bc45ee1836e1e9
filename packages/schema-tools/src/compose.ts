/**
 * `pnpm compose`: writes schema/supergraph.graphql and schema/api.graphql from the subgraphs' SDL.
 * `--check`: fails when the committed files differ from what composition gives now.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readOrEmpty } from './generated-file';
import { API_SCHEMA_PATH, REPO_ROOT, SUPERGRAPH_PATH, composeSupergraph } from './supergraph';

function main(): void {
  const check = process.argv.includes('--check');
  const composed = composeSupergraph();
  for (const hint of composed.hints) console.warn(`hint: ${hint}`);
  const outputs: [string, string][] = [
    [SUPERGRAPH_PATH, composed.supergraphSdl],
    [API_SCHEMA_PATH, composed.apiSdl],
  ];
  const stale = outputs.filter(([path, content]) => readOrEmpty(path) !== content);
  if (check) {
    if (stale.length > 0) {
      const files = stale.map(([path]) => relative(REPO_ROOT, path)).join(', ');
      console.error(
        `stale generated schema: ${files} — run \`pnpm compose\` and commit the result`,
      );
      process.exit(1);
    }
    console.log('supergraph and API schema are up to date');
    return;
  }
  for (const [path, content] of stale) writeFileSync(path, content);
  console.log(`composed ${outputs.length} files (${stale.length} changed)`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
