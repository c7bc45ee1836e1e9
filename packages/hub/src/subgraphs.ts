import type { BaseContext, SubgraphModule } from '@wohnnetz/service-kit';
import { consent } from '@wohnnetz/consent';
import { housing } from '@wohnnetz/housing';
import { jobcenter } from '@wohnnetz/jobcenter';
import { landlords } from '@wohnnetz/landlords';
import { training } from '@wohnnetz/training';
import { welfare } from '@wohnnetz/welfare';

/** All subgraphs of the hub. */
export const SUBGRAPHS: readonly SubgraphModule<BaseContext>[] = [
  housing,
  jobcenter,
  welfare,
  landlords,
  training,
  consent,
];
