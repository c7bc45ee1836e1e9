/** A transaction's entity manager, as far as used here. */
export interface StatementRunner {
  execute(sql: string, params?: unknown[]): Promise<unknown>;
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** How `alter table … enable` sets each state of pg_trigger.tgenabled ('D': disabled, left so). */
const ENABLE: Record<string, string> = { O: 'enable', A: 'enable always', R: 'enable replica' };

/**
 * Runs `run` inside the transaction `tx` with the user triggers of `tables` off, and turns them
 * on again as they were (the registry's fire always) before it returns: the transaction commits
 * with them on, so nobody else ever writes without them. For rows the service's own writes may
 * not make — demo history dated in the past, a test's states the API never reaches (ADR 0018,
 * ADR 0021); only the tables' owner (or a superuser) may alter them.
 */
export async function withTriggersOff<T>(
  tx: StatementRunner,
  tables: readonly string[],
  run: () => Promise<T>,
): Promise<T> {
  const triggers: { table: string; name: string; enabled: string }[] = [];
  for (const table of tables) {
    const own = (await tx.execute(
      'select tgname as name, tgenabled as enabled from pg_trigger where tgrelid = ?::regclass and not tgisinternal',
      [quoted(table)],
    )) as { name: string; enabled: string }[];
    triggers.push(...own.map((trigger) => ({ table, ...trigger })));
    await tx.execute(`alter table ${quoted(table)} disable trigger user`);
  }
  const result = await run();
  for (const { table, name, enabled } of triggers) {
    const enable = ENABLE[enabled];
    if (enable) await tx.execute(`alter table ${quoted(table)} ${enable} trigger ${quoted(name)}`);
  }
  return result;
}
