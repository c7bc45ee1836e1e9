import type {
  TenancyWarningKind,
  TenancyWarningResolvers,
  TenancyWarningSource,
} from '../generated/resolvers-types';

export const TenancyWarning: TenancyWarningResolvers = {
  kind: (warning) => warning.kind as TenancyWarningKind,
  source: (warning) => warning.source as TenancyWarningSource,
};
