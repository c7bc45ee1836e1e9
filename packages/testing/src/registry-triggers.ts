import { withTriggersOff, type StatementRunner } from '@wohnnetz/service-kit';

/** The consent subgraph's entity manager (`hub.subgraphs.consent.orm.em`), as far as used here. */
interface TransactionalEntityManager<Tx extends StatementRunner> {
  fork(): { transactional<T>(run: (tx: Tx) => Promise<T>): Promise<T> };
}

/**
 * Runs statements the consent registry's database refuses — a test putting a grant into a state
 * the API never would, writing a record dated in the past, or taking its own copies away again —
 * with the table's triggers (append only, withdrawal only, instants near the database's clock)
 * off: in one transaction, so they are on again, as they were, for everyone else after it.
 */
export async function withRegistryTriggersOff<T, Tx extends StatementRunner>(
  em: TransactionalEntityManager<Tx>,
  table: 'consent_grant' | 'consent_event' | 'access_log_record',
  run: (tx: Tx) => Promise<T>,
): Promise<T> {
  return em.fork().transactional((tx) => withTriggersOff(tx, [table], () => run(tx)));
}
