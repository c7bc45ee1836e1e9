/** Why agencies were not registered, in words for the operator; nothing was changed. */
export class RegistrationRefused extends Error {
  override name = 'RegistrationRefused';
}

/** A file that does not describe agencies the registry can take: every problem in it. */
export class AgencyFileError extends RegistrationRefused {
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
