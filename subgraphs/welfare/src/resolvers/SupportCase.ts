import type {
  SupportCaseResolvers,
  SupportCaseStatus,
  SupportKind,
  TargetGroup,
} from '../generated/resolvers-types';

export const SupportCase: SupportCaseResolvers = {
  kind: (supportCase) => supportCase.kind as SupportKind,
  targetGroup: (supportCase) => supportCase.targetGroup as TargetGroup,
  status: (supportCase) => supportCase.status as SupportCaseStatus,
  // Batched: the providers of all support cases of one request become one statement.
  provider: async (supportCase, _args, { providers }) => {
    const provider = await providers.load(supportCase.provider.id);
    if (!provider) throw new Error(`support case ${supportCase.id} refers to a missing provider`);
    return provider;
  },
};
