/** A household as the subgraphs that extend it see it: only its key. */
export interface HouseholdReference {
  id: string;
}

/**
 * "Own task" means the requesting agency recorded everything a field can reveal. A household's
 * records in one subgraph may come from several agencies (two providers' support cases, an old
 * and a new landlord): then none of them owns the household's data there as a whole, and each
 * read goes through the policy (and the access log). So the owners are the one agency that
 * recorded all of the household's records, or none.
 */
export function soleOwner(agencies: Iterable<string>): string[] {
  const distinct = new Set(agencies);
  return distinct.size === 1 ? [...distinct] : [];
}
