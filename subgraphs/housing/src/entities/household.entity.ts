import { EntitySchema, type Collection } from '@mikro-orm/core';
import type { HouseholdMember } from './household-member.entity';

export interface Household {
  id: string;
  reference: string;
  municipality: string;
  /** The housing office responsible for the household: its data is that office's own task. */
  housingOfficeAgencyId?: string | null;
  housingSituation: string;
  registeredOn: string;
  members: Collection<HouseholdMember>;
}

export const HouseholdSchema = new EntitySchema<Household>({
  name: 'Household',
  tableName: 'household',
  properties: {
    id: { type: 'uuid', primary: true },
    reference: { type: 'string', length: 32, unique: true },
    municipality: { type: 'string', length: 32, index: true },
    housingOfficeAgencyId: { type: 'string', length: 64, nullable: true },
    housingSituation: { type: 'string', length: 32 },
    registeredOn: { type: 'date' },
    members: { kind: '1:m', entity: 'HouseholdMember', mappedBy: 'household' },
  },
});
