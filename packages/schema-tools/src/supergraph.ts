import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { SUBGRAPH_NAMES, defaultSubgraphUrl, loadTypeDefs } from '@wohnnetz/service-kit';
import { printSchema } from 'graphql';

export const REPO_ROOT = join(__dirname, '../../..');
export const SUPERGRAPH_PATH = join(REPO_ROOT, 'schema/supergraph.graphql');
export const API_SCHEMA_PATH = join(REPO_ROOT, 'schema/api.graphql');

export const subgraphSdlPath = (name: string) =>
  join(REPO_ROOT, 'subgraphs', name, 'src/schema.graphql');

export class CompositionError extends Error {
  constructor(messages: string[]) {
    super(`composition failed:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

export interface ComposedSchemas {
  supergraphSdl: string;
  apiSdl: string;
  hints: string[];
}

/** Composes the subgraphs' SDL files into the supergraph and the client-facing API schema. */
export function composeSupergraph(): ComposedSchemas {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: defaultSubgraphUrl(name),
      typeDefs: loadTypeDefs(subgraphSdlPath(name)),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return {
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    apiSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
    hints: result.hints.map((hint) => hint.toString()),
  };
}
