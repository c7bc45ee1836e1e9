import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** The consent directives, defined once for every subgraph (imported there with @link). */
export const CONSENT_DIRECTIVES_PATH = join(
  __dirname,
  '../../../schema/consent-directives.graphql',
);

/** A subgraph's SDL as the schema is built from it: the consent directives, then the file. */
export function subgraphSdl(path: string): string {
  return `${readFileSync(CONSENT_DIRECTIVES_PATH, 'utf8')}\n${readFileSync(path, 'utf8')}`;
}

/** Reads a subgraph's SDL file; the file is the schema's single source (schema-first). */
export function loadTypeDefs(path: string): DocumentNode {
  return parse(subgraphSdl(path));
}
