import type { RetentionRunResolvers } from '../generated/resolvers-types';

const instant = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

export const RetentionRun: RetentionRunResolvers = {
  at: (run) => run.at.toISOString(),
  accessLogBefore: (run) => instant(run.accessLogBefore),
  endedConsentsBefore: (run) => instant(run.endedConsentsBefore),
};
