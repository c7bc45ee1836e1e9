import { EntitySchema } from '@mikro-orm/core';

export interface Agency {
  id: string;
  kind: string;
  municipality: string;
  name: string;
}

export const AgencySchema = new EntitySchema<Agency>({
  name: 'Agency',
  tableName: 'agency',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    kind: { type: 'string', length: 32, index: true },
    municipality: { type: 'string', length: 32 },
    name: { type: 'string', length: 200 },
  },
});
