import { loaderById, loaderByParent, type BaseContext } from '@wohnnetz/service-kit';
import { SupportCaseSchema, type SupportCase } from './entities/support-case.entity';
import { WelfareProviderSchema, type WelfareProvider } from './entities/welfare-provider.entity';

export interface WelfareContext extends BaseContext {
  providers: ReturnType<typeof loaderById<WelfareProvider>>;
  supportCasesByHousehold: ReturnType<typeof loaderByParent<SupportCase>>;
}

export function createWelfareContext(base: BaseContext): WelfareContext {
  return {
    ...base,
    providers: loaderById(base.em, WelfareProviderSchema, (provider) => provider.id),
    supportCasesByHousehold: loaderByParent(
      base.em,
      SupportCaseSchema,
      'householdId',
      (supportCase) => supportCase.householdId,
      { openedOn: 'desc', id: 'asc' },
    ),
  };
}
