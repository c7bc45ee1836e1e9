/**
 * The grants a gateway request's decisions are made on, and the calling agency as the registry
 * knows it (read with them, in the same statement). All decision calls of one request ask
 * about the same households for the same requester and purpose — a page of households: housing's
 * call, then four subgraphs' at once, then the registry's own fields — so each household's grants
 * are read once per request, by whichever call asks first, and the request's later calls decide on
 * the same rows: one consistent view per request.
 *
 * Only for a query. A mutation may record or withdraw a consent while it runs, and its later
 * decisions must see that; its calls read afresh. Nothing is kept beyond the request: entries are
 * keyed by the request id from the gateway token and dropped KEEP_MS after the request's first
 * read, so a withdrawal takes effect on the very next request, as before.
 */
import type { ConsentCaller } from '@wohnnetz/consent-enforcement';
import type { GrantView } from '@wohnnetz/consent-policy';
import { LRUCache } from 'lru-cache';
import type { Agency } from '../entities/agency.entity';

/** Kept from the request's first read on; its gateway tokens are refused after 60 s. */
const KEEP_MS = 60_000;
/** Requests kept at once; a request pushed out reads its grants again (slower, still correct). */
const MAX_REQUESTS = 500;
/**
 * Households kept at once, over all requests: a request that asks about more than this is not
 * kept at all (each of its calls reads afresh), so no caller can make the registry hold more.
 */
const MAX_HOUSEHOLDS = 100_000;

/** The calling agency's registration (null: not registered) and the households' grants. */
export interface GrantsRead {
  agency: Pick<Agency, 'kind' | 'leftOn'> | null;
  grants: GrantView[];
}

export type ReadGrants = (caller: ConsentCaller, householdIds: string[]) => Promise<GrantsRead>;

type GrantsByHousehold = Map<string, GrantView[]>;

interface HouseholdsRead {
  agency: GrantsRead['agency'];
  byHousehold: GrantsByHousehold;
}

const byHousehold = ({ agency, grants }: GrantsRead): HouseholdsRead => ({
  agency,
  byHousehold: Map.groupBy(grants, (grant) => grant.householdId),
});

/** What the decisions of a call go by. */
export interface CallGrants {
  /**
   * The calling agency's registration as the call's reads saw it. Where a request's reads saw it
   * change (the operator ran in between), the first read's: one view per request.
   */
  agency: GrantsRead['agency'];
  byHousehold: GrantsByHousehold;
}

export class RequestGrants {
  /** Per request: household → the read that holds its grants. */
  private readonly requests = new LRUCache<string, Map<string, Promise<HouseholdsRead>>>({
    max: MAX_REQUESTS,
    ttl: KEEP_MS,
    // A request's later calls do not extend its time: the first read's view expires with it.
    noUpdateTTL: true,
    maxSize: MAX_HOUSEHOLDS,
    sizeCalculation: (reads) => Math.max(1, reads.size),
  });

  constructor(private readonly read: ReadGrants) {}

  /** The caller's registration and the households' grants that could cover it, by household. */
  async of(caller: ConsentCaller, householdIds: string[]): Promise<CallGrants> {
    if (caller.operationType !== 'query') return byHousehold(await this.read(caller, householdIds));
    // The caller's agency and purpose are the same for every call of a request; in the key anyway.
    const key = `${caller.requestId} ${caller.agencyId} ${caller.agencyKind} ${caller.purpose}`;
    const reads = this.requests.get(key) ?? new Map<string, Promise<HouseholdsRead>>();
    const first = reads.values().next().value;
    const missing = householdIds.filter((id) => !reads.has(id));
    if (missing.length > 0 || first === undefined) {
      const read = this.read(caller, missing).then(byHousehold);
      for (const id of missing) reads.set(id, read);
      // A failed read is not kept: the next call of the request tries again.
      read.catch(() => {
        for (const id of missing) if (reads.get(id) === read) reads.delete(id);
      });
      // Kept (or, past MAX_HOUSEHOLDS, not) at its new size; its time runs from its first read.
      this.requests.set(key, reads);
      if (first === undefined) return read;
    }
    const settled = await Promise.all(
      new Set([first, ...householdIds.map((id) => reads.get(id)!)]),
    );
    const grants: GrantsByHousehold = new Map();
    for (const read of settled) for (const [id, list] of read.byHousehold) grants.set(id, list);
    return { agency: settled[0]!.agency, byHousehold: grants };
  }
}
