import { EntitySchema } from '@mikro-orm/core';

export interface WelfareProvider {
  id: string;
  agencyId: string;
  name: string;
  association: string;
  municipality: string;
}

export const WelfareProviderSchema = new EntitySchema<WelfareProvider>({
  name: 'WelfareProvider',
  tableName: 'welfare_provider',
  properties: {
    id: { type: 'uuid', primary: true },
    agencyId: { type: 'string', length: 64, unique: true },
    name: { type: 'string', length: 200 },
    association: { type: 'string', length: 32 },
    municipality: { type: 'string', length: 32, index: true },
  },
});
