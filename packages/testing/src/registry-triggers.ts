/** What the statements of a test run through: a transaction's entity manager. */
export interface StatementRunner {
  execute(sql: string, params?: unknown[]): Promise<unknown>;
}

/** The consent subgraph's entity manager (`hub.subgraphs.consent.orm.em`), as far as used here. */
interface TransactionalEntityManager {
  fork(): { transactional<T>(run: (tx: StatementRunner) => Promise<T>): Promise<T> };
}

/**
 * Runs statements the consent registry's database refuses — a test putting a grant into a state
 * the API never would, or taking its own copies away again — with the table's triggers (append
 * only, withdrawal only) off: in one transaction, so they are on again for everyone else after it.
 */
export async function withRegistryTriggersOff<T>(
  em: TransactionalEntityManager,
  table: 'consent_grant' | 'consent_event' | 'access_log_record',
  run: (tx: StatementRunner) => Promise<T>,
): Promise<T> {
  return em.fork().transactional(async (tx) => {
    await tx.execute(`alter table "${table}" disable trigger user`);
    const result = await run(tx);
    // As the migrations leave them: firing always, also under session_replication_role replica.
    const triggers = (await tx.execute(
      `select tgname from pg_trigger where tgrelid = '"${table}"'::regclass and not tgisinternal`,
    )) as { tgname: string }[];
    for (const { tgname } of triggers) {
      await tx.execute(`alter table "${table}" enable always trigger "${tgname}"`);
    }
    return result;
  });
}
