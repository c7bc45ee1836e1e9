import type { LandlordKind, LandlordResolvers, Municipality } from '../generated/resolvers-types';

export const Landlord: LandlordResolvers = {
  kind: (landlord) => landlord.kind as LandlordKind,
  municipality: (landlord) => landlord.municipality as Municipality,
};
