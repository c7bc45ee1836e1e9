import type { EntityManager } from '@mikro-orm/postgresql';
import { TenancySchema, type Tenancy } from './entities/tenancy.entity';

/**
 * What a tenancy's dates say on a day (YYYY-MM-DD, Europe/Berlin: `berlinDay`). A tenancy runs
 * from `startsOn` through `endsOn` (the day it ends is still its own); one recorded `ENDED` is
 * over whatever its dates say (a tenancy cancelled before it began, say).
 */
type Dated = Pick<Tenancy, 'startsOn' | 'endsOn' | 'status'>;

const hasEnded = (tenancy: Dated, today: string): boolean =>
  tenancy.status === 'ENDED' || (tenancy.endsOn !== null && tenancy.endsOn < today);

const hasBegun = (tenancy: Dated, today: string): boolean => tenancy.startsOn <= today;

/**
 * The status as of `today`: the recorded one, except that a tenancy whose end has passed is
 * `ENDED` (notice given, or a fixed term), and one that has not begun is `UPCOMING`.
 */
export function tenancyStatus(tenancy: Dated, today: string): string {
  if (hasEnded(tenancy, today)) return 'ENDED';
  if (!hasBegun(tenancy, today)) return 'UPCOMING';
  return tenancy.status;
}

/**
 * The household's tenancy as of `today`: the one in force (the latest begun, where a move makes
 * two overlap); where none is, the next one to begin; else the latest begun of those that ended
 * (one cancelled before it began, which ended without beginning, only where none began); null
 * without tenancies. Of several that begin the same day, the first in `tenancies` (the loader
 * orders them by id).
 */
export function currentTenancy<T extends Dated>(tenancies: readonly T[], today: string): T | null {
  const byStart = (order: 1 | -1) => (a: T, b: T) =>
    a.startsOn === b.startsOn ? 0 : a.startsOn < b.startsOn ? -order : order;
  const running = tenancies.filter((t) => hasBegun(t, today) && !hasEnded(t, today));
  const upcoming = tenancies.filter((t) => !hasBegun(t, today) && !hasEnded(t, today));
  const ended = [...tenancies].sort(byStart(-1));
  return (
    running.sort(byStart(-1))[0] ??
    upcoming.sort(byStart(1))[0] ??
    ended.find((t) => hasBegun(t, today)) ??
    ended[0] ??
    null
  );
}

/**
 * The ids of the units with a tenancy in force on `today` (begun, not ended: as `tenancyStatus`
 * judges it), as a subquery: a unit let that day is not vacant, whatever its `vacantSince` says.
 */
export function unitsLetOn(em: EntityManager, today: string) {
  return em
    .createQueryBuilder(TenancySchema, 't')
    .select('t.unit')
    .where({
      startsOn: { $lte: today },
      status: { $ne: 'ENDED' },
      $or: [{ endsOn: null }, { endsOn: { $gte: today } }],
    })
    .getKnexQuery();
}
