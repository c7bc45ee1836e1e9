/** The pid in a data directory's postmaster.pid, if that process is a running PostgreSQL. */
export function runningPostgres(dataDir: string): Promise<number | undefined>;
