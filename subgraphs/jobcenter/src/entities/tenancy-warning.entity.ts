import { EntitySchema } from '@mikro-orm/core';

/** An early warning of a threatened tenancy; `householdId` refers to a housing-subgraph household. */
export interface TenancyWarning {
  id: string;
  householdId: string;
  kind: string;
  receivedOn: string;
  arrearsCents: number | null;
  source: string;
  /** The Jobcenter that received the warning and recorded it (one of the owners of its data). */
  receivedByAgencyId: string;
}

export const TenancyWarningSchema = new EntitySchema<TenancyWarning>({
  name: 'TenancyWarning',
  tableName: 'tenancy_warning',
  properties: {
    id: { type: 'uuid', primary: true },
    householdId: { type: 'uuid', index: true },
    kind: { type: 'string', length: 32 },
    receivedOn: { type: 'date' },
    arrearsCents: { type: 'integer', nullable: true },
    source: { type: 'string', length: 32 },
    receivedByAgencyId: { type: 'string', length: 64 },
  },
});
