// Whether the PostgreSQL of a data directory still runs, from its postmaster.pid. Plain ESM with
// no side effects: used by the embedded server's launcher and by `pnpm reset`.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * The pid in a data directory's postmaster.pid, if that process is a running PostgreSQL. A stale
 * file names a pid that may since be another process's: one that is not a postgres (as far as
 * /proc tells), or that belongs to another user (EPERM: ours runs as us, or as "postgres" under
 * root, which may signal anyone), is taken for stale, as PostgreSQL itself does.
 * @param {string} dataDir
 * @returns {Promise<number | undefined>}
 */
export async function runningPostgres(dataDir) {
  const pidFile = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(pidFile.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || pid === process.ppid) {
    return undefined;
  }
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // ESRCH: gone; EPERM: another user's process
  }
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  if (command === undefined) return pid; // no /proc: trust the pid file
  // The program, not its arguments (the data directory's path may hold "postgres" too).
  const program = basename(command.split('\0')[0] ?? '');
  return program === 'postgres' || program.startsWith('postgres:') ? pid : undefined;
}
