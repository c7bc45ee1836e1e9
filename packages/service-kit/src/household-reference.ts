/** A household as the subgraphs that extend it see it: only its key. */
export interface HouseholdReference {
  id: string;
}

/**
 * What migrations wrote where they could not tell which agency recorded a record (the receiver
 * of an early tenancy warning, the recorder of an early consent): no agency. It owns nothing, the
 * gateway refuses a token naming it, and the agency file cannot register it.
 */
export const UNKNOWN_AGENCY = 'unknown';

/**
 * "Own task" means the requesting agency recorded everything a field can reveal. A household's
 * records in one subgraph may come from several agencies (two providers' support cases, an old
 * and a new landlord): then none of them owns the household's data there as a whole, and each
 * read goes through the policy (and the access log). So the owners are the one agency that
 * recorded all of the household's records, or none — also where some were recorded by an
 * agency no longer known (UNKNOWN_AGENCY).
 */
export function soleOwner(agencies: Iterable<string>): string[] {
  const distinct = new Set(agencies);
  return distinct.size === 1 && !distinct.has(UNKNOWN_AGENCY) ? [...distinct] : [];
}

/**
 * Each household's sole owner (see soleOwner), from the agencies that recorded its records: what
 * a subgraph's `ownersOf` answers. `recordedBy` reads through the request's loaders.
 */
export async function soleOwners(
  householdIds: readonly string[],
  recordedBy: (householdId: string) => Promise<Iterable<string>>,
): Promise<Map<string, string[]>> {
  return new Map(
    await Promise.all(
      householdIds.map(async (id) => [id, soleOwner(await recordedBy(id))] as const),
    ),
  );
}
