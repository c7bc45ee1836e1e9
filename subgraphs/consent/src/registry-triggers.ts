import type { EntityManager } from '@mikro-orm/postgresql';

/** The tables of the registry's record, guarded by triggers (ADR 0018, ADR 0021). */
export type RegistryTable = 'consent_grant' | 'consent_event' | 'access_log_record';

/**
 * The order in which the tables are locked, whatever order a caller names them in: the order the
 * registry's own transactions take them (a recording or withdrawal writes the grant, then its
 * event; a decision's log write only its record). Locked the other way round, a withdrawal in
 * flight (holding the grant, about to write its event) and this (holding the events, waiting for
 * the grants) deadlock, and PostgreSQL ends one of them: the operator's command or the household's
 * withdrawal.
 */
const LOCK_ORDER: readonly RegistryTable[] = [
  'consent_grant',
  'consent_event',
  'access_log_record',
];

/** How `alter table … enable` sets each state of pg_trigger.tgenabled ('D': disabled, left so). */
const ENABLE: Record<string, string> = { O: 'enable', A: 'enable always', R: 'enable replica' };

/**
 * Writes what the registry's own writes may not — demo history dated in the past, a test's states
 * the API never reaches — with the user triggers of `tables` off: in a transaction of its own,
 * at whose end they are on again as they were (the registry's fire always), so nobody else ever
 * writes without them; if `run` fails, the rollback restores them. Only the tables' owner (or a
 * superuser) may do this. The tables are locked against writes (not reads), in LOCK_ORDER, until
 * the end of the transaction: on a running registry, recordings, withdrawals and (with
 * access_log_record among the tables) the decisions' log writes wait for it. With `lockWaitSeconds`,
 * each lock held elsewhere is waited for that long at most.
 */
export async function withTriggersOff<T>(
  em: EntityManager,
  tables: readonly RegistryTable[],
  run: (tx: EntityManager) => Promise<T>,
  { lockWaitSeconds }: { lockWaitSeconds?: number } = {},
): Promise<T> {
  return em.fork().transactional(async (tx) => {
    // Bounded, where asked: a lock held elsewhere ends the transaction (SQLSTATE 55P03), instead
    // of a wait without a word.
    if (lockWaitSeconds !== undefined) {
      const ms = Math.round(lockWaitSeconds * 1000);
      // lock_timeout 0 is no limit at all: the opposite of a short wait.
      if (!Number.isFinite(ms) || ms < 1) {
        throw new RangeError(`lockWaitSeconds must be a positive number (got ${lockWaitSeconds})`);
      }
      await tx.execute(`set local lock_timeout = '${ms}ms'`);
    }
    const ordered = LOCK_ORDER.filter((table) => tables.includes(table));
    if (ordered.length === 0) return run(tx);
    // The lock `disable trigger` takes, on every table at once and in the registry's order, before
    // the triggers' states are read: none can change between reading and disabling them.
    await tx.execute(
      `lock table ${ordered.map((table) => `"${table}"`).join(', ')} in share row exclusive mode`,
    );
    const triggers: { table: RegistryTable; name: string; enabled: string }[] = [];
    for (const table of ordered) {
      const own = await tx.execute<{ name: string; enabled: string }[]>(
        'select tgname as name, tgenabled as enabled from pg_trigger where tgrelid = ?::regclass and not tgisinternal',
        [table],
      );
      triggers.push(...own.map((trigger) => ({ table, ...trigger })));
      await tx.execute(`alter table "${table}" disable trigger user`);
    }
    const result = await run(tx);
    for (const { table, name, enabled } of triggers) {
      const enable = ENABLE[enabled];
      if (enable) await tx.execute(`alter table "${table}" ${enable} trigger "${name}"`);
    }
    return result;
  });
}
