import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The repository's root, where the hub's commands run. */
export const REPOSITORY_ROOT = join(__dirname, '../../..');

/** What a command prints and exits with. */
export interface CommandOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the hub's commands (a TypeScript file: its path, absolute or from the repository's root) as its
 * real self: a Node process of its own under tsx, from the repository's root, with `env` as its
 * whole environment.
 */
export async function runCommand(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<CommandOutcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', resolve(REPOSITORY_ROOT, file), ...args],
      { cwd: REPOSITORY_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CommandOutcome;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
