import { EntitySchema } from '@mikro-orm/core';
import type { Household } from './household.entity';

export interface HouseholdMember {
  id: string;
  household: Household;
  givenName: string;
  familyName: string;
  birthDate: string;
  relationship: string;
}

export const HouseholdMemberSchema = new EntitySchema<HouseholdMember>({
  name: 'HouseholdMember',
  tableName: 'household_member',
  properties: {
    id: { type: 'uuid', primary: true },
    household: { kind: 'm:1', entity: 'Household', deleteRule: 'cascade', index: true },
    givenName: { type: 'string', length: 100 },
    familyName: { type: 'string', length: 100 },
    birthDate: { type: 'date' },
    relationship: { type: 'string', length: 32 },
  },
});
