import { loaderByParent, type BaseContext } from '@wohnnetz/service-kit';
import { BenefitCaseSchema, type BenefitCase } from './entities/benefit-case.entity';
import { TenancyWarningSchema, type TenancyWarning } from './entities/tenancy-warning.entity';

export interface JobcenterContext extends BaseContext {
  /** A household's benefit cases, most recent first. */
  benefitCasesByHousehold: ReturnType<typeof loaderByParent<BenefitCase>>;
  /** A household's tenancy warnings, newest first. */
  tenancyWarningsByHousehold: ReturnType<typeof loaderByParent<TenancyWarning>>;
}

export function createJobcenterContext(base: BaseContext): JobcenterContext {
  return {
    ...base,
    benefitCasesByHousehold: loaderByParent(
      base.em,
      BenefitCaseSchema,
      'householdId',
      (benefitCase) => benefitCase.householdId,
      { since: 'desc', id: 'asc' },
    ),
    tenancyWarningsByHousehold: loaderByParent(
      base.em,
      TenancyWarningSchema,
      'householdId',
      (warning) => warning.householdId,
      { receivedOn: 'desc', id: 'asc' },
    ),
  };
}
