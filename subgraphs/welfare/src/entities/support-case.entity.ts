import { EntitySchema } from '@mikro-orm/core';
import type { WelfareProvider } from './welfare-provider.entity';

export interface SupportCase {
  id: string;
  /** The household's id in the housing subgraph; a plain column, not a foreign key. */
  householdId: string;
  provider: WelfareProvider;
  /**
   * The agency of the provider that opened the case, recorded with the case: it owns the case's
   * data, also if the provider is handed to another agency or the case to another provider.
   */
  providerAgencyId: string;
  kind: string;
  targetGroup: string;
  status: string;
  openedOn: string;
  closedOn: string | null;
  visitsCount: number;
  /** Health or care needs relevant to the support (GDPR Art. 9); null when none are recorded. */
  healthNotes?: string | null;
  /** Whether a probation officer is involved (GDPR Art. 10); null when unknown. */
  probationSupervision?: boolean | null;
}

export const SupportCaseSchema = new EntitySchema<SupportCase>({
  name: 'SupportCase',
  tableName: 'support_case',
  properties: {
    id: { type: 'uuid', primary: true },
    householdId: { type: 'uuid', index: true },
    provider: { kind: 'm:1', entity: 'WelfareProvider', index: true },
    providerAgencyId: { type: 'string', length: 64 },
    kind: { type: 'string', length: 32 },
    targetGroup: { type: 'string', length: 32 },
    status: { type: 'string', length: 16 },
    openedOn: { type: 'date' },
    closedOn: { type: 'date', nullable: true },
    visitsCount: { type: 'integer' },
    healthNotes: { type: 'text', nullable: true },
    probationSupervision: { type: 'boolean', nullable: true },
  },
});
