import type { BaseContext, SubgraphModule } from '@wohnnetz/service-kit';
import { consent } from '@wohnnetz/consent';
import { housing } from '@wohnnetz/housing';

/** All subgraphs of the hub. */
export const SUBGRAPHS: readonly SubgraphModule<BaseContext>[] = [housing, consent];
