import type {
  Municipality,
  WelfareAssociation,
  WelfareProviderResolvers,
} from '../generated/resolvers-types';

export const WelfareProvider: WelfareProviderResolvers = {
  association: (provider) => provider.association as WelfareAssociation,
  municipality: (provider) => provider.municipality as Municipality,
};
