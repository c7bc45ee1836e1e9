import {
  assertPageSize,
  decodeIdCursor,
  encodeIdCursor,
  listOf,
  notACursor,
  pageOf,
  type Page,
} from '@wohnnetz/service-kit';
import type { ConsentGrant } from './entities/consent-grant.entity';

/**
 * One page of a household's consents as an agency reads them (visibleGrants), from the whole of
 * that part as the request's loader read it — newest recorded first, then id, in the database's
 * order (recordedAt to the microsecond). The part is read whole anyway: its release is decided,
 * and its owner judged, on all of it (subgraph.ts, ownersOf), never on a page. The next page
 * starts right after the cursor's consent; a consent recorded since comes first and moves
 * nothing after it. Only a cursor of this household's list naming a consent of the part is taken:
 * one of another household, another list, or a consent this agency does not read (or that is
 * gone) is none.
 */
export function householdConsentsPage(
  householdId: string,
  part: readonly ConsentGrant[],
  first: number,
  after: string | null | undefined,
): Page<ConsentGrant> {
  const pageSize = assertPageSize(first);
  // The list in cursors: `consents:<household id>`.
  const list = listOf('consents', householdId);
  let start = 0;
  if (after != null) {
    const cursor = decodeIdCursor(list, after);
    const at = part.findIndex((grant) => grant.id === cursor);
    if (at < 0) throw notACursor();
    start = at + 1;
  }
  return pageOf(part.slice(start, start + pageSize + 1), pageSize, part.length, (grant) =>
    encodeIdCursor(list, grant.id),
  );
}
