import { EntitySchema } from '@mikro-orm/core';

export interface Landlord {
  id: string;
  /** Id of the landlord's agency in the consent register (a demo agency of kind LANDLORD). */
  agencyId: string;
  name: string;
  kind: string;
  municipality: string;
  /** Whether the landlord has signed the programme's cooperation agreement. */
  cooperationAgreement: boolean;
}

export const LandlordSchema = new EntitySchema<Landlord>({
  name: 'Landlord',
  tableName: 'landlord',
  properties: {
    id: { type: 'uuid', primary: true },
    agencyId: { type: 'string', length: 64, unique: true },
    name: { type: 'string', length: 200 },
    kind: { type: 'string', length: 32 },
    municipality: { type: 'string', length: 32, index: true },
    cooperationAgreement: { type: 'boolean' },
  },
});
