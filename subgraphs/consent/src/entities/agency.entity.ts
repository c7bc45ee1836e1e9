import { EntitySchema } from '@mikro-orm/core';

export interface Agency {
  id: string;
  kind: string;
  municipality: string;
  name: string;
  /**
   * The day it left the programme (YYYY-MM-DD), if it has: from that day on (Europe/Berlin) no new
   * consent may name it. It stays registered: consents and the access log name it.
   */
  leftOn?: string | null;
}

export const AgencySchema = new EntitySchema<Agency>({
  name: 'Agency',
  tableName: 'agency',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    kind: { type: 'string', length: 32, index: true },
    municipality: { type: 'string', length: 32 },
    name: { type: 'string', length: 200 },
    leftOn: { type: 'date', nullable: true },
  },
});
