import type { BaseContext, SubgraphModule } from '@wohnnetz/service-kit';
import { housing } from '@wohnnetz/housing';

/** All subgraphs of the hub, in the order they start. */
export const SUBGRAPHS: readonly SubgraphModule<BaseContext>[] = [
  housing as unknown as SubgraphModule<BaseContext>,
];

export function findSubgraph(name: string): SubgraphModule<BaseContext> {
  const module = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!module) {
    throw new Error(`unknown subgraph "${name}"; known: ${SUBGRAPHS.map((m) => m.name).join(', ')}`);
  }
  return module;
}
