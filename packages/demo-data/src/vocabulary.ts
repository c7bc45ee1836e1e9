/** The closed vocabularies shared by the demo data and the subgraph schemas. */
export const MUNICIPALITIES = ['DORTMUND', 'HAGEN', 'KREIS_RECKLINGHAUSEN'] as const;
export type Municipality = (typeof MUNICIPALITIES)[number];

export const AGENCY_KINDS = [
  'HOUSING_OFFICE',
  'JOBCENTER',
  'WELFARE_PROVIDER',
  'LANDLORD',
  'TRAINING_PROVIDER',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
