import type { AgencyKind, AgencyResolvers, Municipality } from '../generated/resolvers-types';

export const Agency: AgencyResolvers = {
  kind: (agency) => agency.kind as AgencyKind,
  municipality: (agency) => agency.municipality as Municipality,
};
