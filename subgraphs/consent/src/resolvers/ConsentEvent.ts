import type { ConsentEventResolvers } from '../generated/resolvers-types';

export const ConsentEvent: ConsentEventResolvers = {
  agency: (event, _args, { agencies }) => (event.agencyId ? agencies.load(event.agencyId) : null),
};
