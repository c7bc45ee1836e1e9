import { parseArgs } from 'node:util';

/**
 * The command line of one of the hub's commands (`pnpm start`, `pnpm reset`,
 * `pnpm migration:create`): whether `--help` (`-h`) asks for the usage, and the positional
 * arguments where the command takes them. Anything else, a mistyped option or a stray argument,
 * is refused with the usage before the command does anything.
 */
export function commandLine(
  usage: string,
  { positionals = false }: { positionals?: boolean } = {},
): { help: boolean; positionals: string[] } {
  try {
    const parsed = parseArgs({
      options: { help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: positionals,
      strict: true,
    });
    return { help: parsed.values.help, positionals: parsed.positionals };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${usage}`, { cause: error });
  }
}
