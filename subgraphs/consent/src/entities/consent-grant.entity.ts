import { EntitySchema } from '@mikro-orm/core';

/**
 * A consent as it was given (ISO/IEC TS 27560 and § 67b SGB X inform the fields). Never updated
 * except to record its withdrawal, never deleted: the history stays provable (GDPR Art. 7 (1)).
 * Its events (given, withdrawn) are kept in ConsentEvent; withdrawnAt/withdrawnBy repeat the
 * withdrawal here so that decisions need not read the history.
 */
export interface ConsentGrant {
  id: string;
  householdId: string;
  grantorMemberId?: string | null;
  grantorName: string;
  representativeName?: string | null;
  recipientAgencyId?: string | null;
  recipientAgencyKind?: string | null;
  categories: string[];
  purposes: string[];
  validFrom: Date;
  validUntil?: Date | null;
  form: string;
  informedOf: string[];
  informationLanguage: string;
  documentReference: string;
  /** The agency user who recorded the consent. */
  recordedBy: string;
  /** The agency of that user. */
  recordedByAgencyId: string;
  recordedAt: Date;
  withdrawnAt?: Date | null;
  withdrawnBy?: string | null;
}

export const ConsentGrantSchema = new EntitySchema<ConsentGrant>({
  name: 'ConsentGrant',
  tableName: 'consent_grant',
  properties: {
    id: { type: 'uuid', primary: true },
    householdId: { type: 'uuid', index: true },
    grantorMemberId: { type: 'uuid', nullable: true },
    grantorName: { type: 'string', length: 200 },
    representativeName: { type: 'string', length: 200, nullable: true },
    recipientAgencyId: { type: 'string', length: 64, nullable: true },
    recipientAgencyKind: { type: 'string', length: 32, nullable: true },
    categories: { type: 'string[]' },
    purposes: { type: 'string[]' },
    validFrom: { type: 'datetime' },
    validUntil: { type: 'datetime', nullable: true },
    form: { type: 'string', length: 16 },
    informedOf: { type: 'string[]' },
    informationLanguage: { type: 'string', length: 8 },
    documentReference: { type: 'string', length: 100 },
    recordedBy: { type: 'string', length: 255 },
    recordedByAgencyId: { type: 'string', length: 64 },
    recordedAt: { type: 'datetime' },
    withdrawnAt: { type: 'datetime', nullable: true },
    withdrawnBy: { type: 'string', length: 255, nullable: true },
  },
  // An agency's consents newest first (recordedConsents), page by page, without a sort.
  indexes: [{ properties: ['recordedByAgencyId', 'recordedAt', 'id'] }],
});
