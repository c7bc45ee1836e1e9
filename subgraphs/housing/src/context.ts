import { loaderById, loaderByParent, type BaseContext } from '@wohnnetz/service-kit';
import { HouseholdSchema, type Household } from './entities/household.entity';
import { HouseholdMemberSchema, type HouseholdMember } from './entities/household-member.entity';

export interface HousingContext extends BaseContext {
  households: ReturnType<typeof loaderById<Household>>;
  membersByHousehold: ReturnType<typeof loaderByParent<HouseholdMember>>;
}

export function createHousingContext(base: BaseContext): HousingContext {
  return {
    ...base,
    households: loaderById(base.em, HouseholdSchema, (household) => household.id),
    membersByHousehold: loaderByParent(
      base.em,
      HouseholdMemberSchema,
      'household',
      (member) => member.household.id,
      { id: 'asc' },
    ),
  };
}
