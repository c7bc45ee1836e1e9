import { loaderById, loaderByParent, textKey, type BaseContext } from '@wohnnetz/service-kit';
import { AgencySchema, type Agency } from './entities/agency.entity';
import { ConsentGrantSchema, type ConsentGrant } from './entities/consent-grant.entity';

export interface ConsentContext extends BaseContext {
  agencies: ReturnType<typeof loaderById<Agency>>;
  consentsByHousehold: ReturnType<typeof loaderByParent<ConsentGrant>>;
}

export function createConsentContext(base: BaseContext): ConsentContext {
  return {
    ...base,
    agencies: loaderById(base.em, AgencySchema, (agency) => agency.id, textKey),
    consentsByHousehold: loaderByParent(
      base.em,
      ConsentGrantSchema,
      'householdId',
      (grant) => grant.householdId,
      { recordedAt: 'desc', id: 'asc' },
    ),
  };
}
