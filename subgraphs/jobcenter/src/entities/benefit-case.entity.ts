import { EntitySchema } from '@mikro-orm/core';

/** A household's benefit case; `householdId` refers to a household of the housing subgraph. */
export interface BenefitCase {
  id: string;
  householdId: string;
  jobcenterAgencyId: string;
  benefitType: string;
  status: string;
  since: string;
  housingCostCeilingCents: number;
  directRentPayment: boolean;
}

export const BenefitCaseSchema = new EntitySchema<BenefitCase>({
  name: 'BenefitCase',
  tableName: 'benefit_case',
  properties: {
    id: { type: 'uuid', primary: true },
    householdId: { type: 'uuid', index: true },
    jobcenterAgencyId: { type: 'string', length: 64 },
    benefitType: { type: 'string', length: 32 },
    status: { type: 'string', length: 32 },
    since: { type: 'date' },
    housingCostCeilingCents: { type: 'integer' },
    directRentPayment: { type: 'boolean' },
  },
});
