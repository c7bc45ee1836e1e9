import type { ConsentEventResolvers } from '../generated/resolvers-types';

export const ConsentEvent: ConsentEventResolvers = {
  agency: (event, _args, { agencies }) => agencies.load(event.agencyId),
};
