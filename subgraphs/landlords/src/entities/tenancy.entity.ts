import { EntitySchema } from '@mikro-orm/core';
import type { HousingUnit } from './housing-unit.entity';

export interface Tenancy {
  id: string;
  /** The household's id as the housing subgraph owns it; no foreign key across services. */
  householdId: string;
  unit: HousingUnit;
  /**
   * The agency of the landlord that let the unit, recorded with the tenancy: it owns the
   * tenancy's data, also after the unit has changed hands.
   */
  landlordAgencyId: string;
  startsOn: string;
  endsOn: string | null;
  monthlyRentCents: number;
  status: string;
}

export const TenancySchema = new EntitySchema<Tenancy>({
  name: 'Tenancy',
  tableName: 'tenancy',
  properties: {
    id: { type: 'uuid', primary: true },
    householdId: { type: 'uuid', index: true },
    unit: { kind: 'm:1', entity: 'HousingUnit', index: true },
    landlordAgencyId: { type: 'string', length: 64 },
    startsOn: { type: 'date' },
    endsOn: { type: 'date', nullable: true },
    monthlyRentCents: { type: 'integer' },
    status: { type: 'string', length: 16 },
  },
});
