/** A household as the subgraphs that extend it see it: only its key. */
export interface HouseholdReference {
  id: string;
}
