import type { HousingUnitResolvers } from '../generated/resolvers-types';

export const HousingUnit: HousingUnitResolvers = {
  landlord: async (unit, _args, { landlords }) => {
    const landlord = await landlords.load(unit.landlord.id);
    if (!landlord) throw new Error(`housing unit ${unit.id} refers to a missing landlord`);
    return landlord;
  },
};
