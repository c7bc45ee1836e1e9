import { EntitySchema } from '@mikro-orm/core';
import type { Landlord } from './landlord.entity';

export interface HousingUnit {
  id: string;
  landlord: Landlord;
  street: string;
  postalCode: string;
  city: string;
  rooms: number;
  floorAreaSqm: number;
  problemProperty: boolean;
  /** Null while the unit is let. */
  vacantSince: string | null;
}

export const HousingUnitSchema = new EntitySchema<HousingUnit>({
  name: 'HousingUnit',
  tableName: 'housing_unit',
  properties: {
    id: { type: 'uuid', primary: true },
    landlord: { kind: 'm:1', entity: 'Landlord', index: true },
    street: { type: 'string', length: 200 },
    postalCode: { type: 'string', length: 10 },
    city: { type: 'string', length: 100 },
    rooms: { type: 'integer' },
    floorAreaSqm: { type: 'integer' },
    problemProperty: { type: 'boolean' },
    vacantSince: { type: 'date', nullable: true, index: true },
  },
});
