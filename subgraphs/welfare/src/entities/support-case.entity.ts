import { EntitySchema } from '@mikro-orm/core';
import type { WelfareProvider } from './welfare-provider.entity';

export interface SupportCase {
  id: string;
  /** The household's id in the housing subgraph; a plain column, not a foreign key. */
  householdId: string;
  provider: WelfareProvider;
  kind: string;
  targetGroup: string;
  status: string;
  openedOn: string;
  closedOn: string | null;
  visitsCount: number;
}

export const SupportCaseSchema = new EntitySchema<SupportCase>({
  name: 'SupportCase',
  tableName: 'support_case',
  properties: {
    id: { type: 'uuid', primary: true },
    householdId: { type: 'uuid', index: true },
    provider: { kind: 'm:1', entity: 'WelfareProvider', index: true },
    kind: { type: 'string', length: 32 },
    targetGroup: { type: 'string', length: 32 },
    status: { type: 'string', length: 16 },
    openedOn: { type: 'date' },
    closedOn: { type: 'date', nullable: true },
    visitsCount: { type: 'integer' },
  },
});
