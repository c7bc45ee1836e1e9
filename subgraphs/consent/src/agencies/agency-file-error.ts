import { OperatorRefused } from '../operator/operator-refused';

/** A file that does not describe agencies the registry can take: every problem in it. */
export class AgencyFileError extends OperatorRefused {
  override name = 'AgencyFileError';
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(
      `${source}: nothing was changed\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}
