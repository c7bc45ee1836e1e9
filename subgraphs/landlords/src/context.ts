import { berlinDay, loaderById, loaderByParent, type BaseContext } from '@wohnnetz/service-kit';
import { HousingUnitSchema, type HousingUnit } from './entities/housing-unit.entity';
import { LandlordSchema, type Landlord } from './entities/landlord.entity';
import { TenancySchema, type Tenancy } from './entities/tenancy.entity';

export interface LandlordsContext extends BaseContext {
  /** A household's tenancies, latest begun first; those that began the same day by id. */
  tenanciesByHousehold: ReturnType<typeof loaderByParent<Tenancy>>;
  housingUnits: ReturnType<typeof loaderById<HousingUnit>>;
  landlords: ReturnType<typeof loaderById<Landlord>>;
  /** The request's day (YYYY-MM-DD, Europe/Berlin): which tenancy is current, and its status. */
  today: string;
}

export function createLandlordsContext(base: BaseContext): LandlordsContext {
  return {
    ...base,
    tenanciesByHousehold: loaderByParent(
      base.em,
      TenancySchema,
      'householdId',
      (tenancy) => tenancy.householdId,
      { startsOn: 'desc', id: 'asc' },
    ),
    housingUnits: loaderById(base.em, HousingUnitSchema, (unit) => unit.id),
    landlords: loaderById(base.em, LandlordSchema, (landlord) => landlord.id),
    today: berlinDay(new Date()),
  };
}
