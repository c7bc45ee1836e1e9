import type { AgencyKind, Municipality } from './vocabulary';

export interface DemoAgency {
  id: string;
  kind: AgencyKind;
  municipality: Municipality;
  name: string;
}

/**
 * The demo agencies: per municipality one housing office and one Jobcenter, plus welfare
 * providers, landlords and training providers. Landlord and provider names are invented.
 */
export const DEMO_AGENCIES: readonly DemoAgency[] = [
  {
    id: 'housing-dortmund',
    kind: 'HOUSING_OFFICE',
    municipality: 'DORTMUND',
    name: 'Wohnungsamt Dortmund – Fachstelle Wohnungssicherung',
  },
  {
    id: 'housing-hagen',
    kind: 'HOUSING_OFFICE',
    municipality: 'HAGEN',
    name: 'Stadt Hagen – Fachstelle Wohnen',
  },
  {
    id: 'housing-recklinghausen',
    kind: 'HOUSING_OFFICE',
    municipality: 'KREIS_RECKLINGHAUSEN',
    name: 'Kreis Recklinghausen – Wohnungsnotfallhilfe',
  },
  {
    id: 'jobcenter-dortmund',
    kind: 'JOBCENTER',
    municipality: 'DORTMUND',
    name: 'Jobcenter Dortmund',
  },
  { id: 'jobcenter-hagen', kind: 'JOBCENTER', municipality: 'HAGEN', name: 'Jobcenter Hagen' },
  {
    id: 'jobcenter-recklinghausen',
    kind: 'JOBCENTER',
    municipality: 'KREIS_RECKLINGHAUSEN',
    name: 'Jobcenter Kreis Recklinghausen',
  },
  {
    id: 'welfare-dortmund-nord',
    kind: 'WELFARE_PROVIDER',
    municipality: 'DORTMUND',
    name: 'Wohnhilfe Nordstadt e. V.',
  },
  {
    id: 'welfare-hagen-mitte',
    kind: 'WELFARE_PROVIDER',
    municipality: 'HAGEN',
    name: 'Beratungsverbund Hagen-Mitte',
  },
  {
    id: 'welfare-recklinghausen',
    kind: 'WELFARE_PROVIDER',
    municipality: 'KREIS_RECKLINGHAUSEN',
    name: 'Sozialwerk Vest gGmbH',
  },
  {
    id: 'landlord-dortmund-eg',
    kind: 'LANDLORD',
    municipality: 'DORTMUND',
    name: 'Wohnungsgenossenschaft Phoenixsee eG',
  },
  {
    id: 'landlord-hagen-gmbh',
    kind: 'LANDLORD',
    municipality: 'HAGEN',
    name: 'Volmetal Wohnbau GmbH',
  },
  {
    id: 'landlord-vest-ag',
    kind: 'LANDLORD',
    municipality: 'KREIS_RECKLINGHAUSEN',
    name: 'Emscher-Lippe Wohnen AG',
  },
  {
    id: 'training-dortmund',
    kind: 'TRAINING_PROVIDER',
    municipality: 'DORTMUND',
    name: 'Bildungswerk Wohnen Dortmund',
  },
  {
    id: 'training-hagen',
    kind: 'TRAINING_PROVIDER',
    municipality: 'HAGEN',
    name: 'Lernwerkstatt Hagen',
  },
  {
    id: 'training-recklinghausen',
    kind: 'TRAINING_PROVIDER',
    municipality: 'KREIS_RECKLINGHAUSEN',
    name: 'Mietschule Vest',
  },
];

export function demoAgency(id: string): DemoAgency {
  const agency = DEMO_AGENCIES.find((candidate) => candidate.id === id);
  if (!agency) throw new Error(`unknown demo agency: ${id}`);
  return agency;
}

export function demoAgenciesOf(kind: AgencyKind, municipality?: Municipality): DemoAgency[] {
  return DEMO_AGENCIES.filter(
    (agency) => agency.kind === kind && (!municipality || agency.municipality === municipality),
  );
}
