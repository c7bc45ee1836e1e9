import type { TenancyResolvers, TenancyStatus } from '../generated/resolvers-types';
import { tenancyStatus } from '../tenancy-dates';

export const Tenancy: TenancyResolvers = {
  status: (tenancy, _args, { today }) => tenancyStatus(tenancy, today) as TenancyStatus,
  unit: async (tenancy, _args, { housingUnits }) => {
    const unit = await housingUnits.load(tenancy.unit.id);
    if (!unit) throw new Error(`tenancy ${tenancy.id} refers to a missing housing unit`);
    return unit;
  },
};
