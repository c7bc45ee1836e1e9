import { withTriggersOff, type RegistryTable } from '@wohnnetz/consent';

/** The consent subgraph's entity manager (`hub.subgraphs.consent.orm.em`). */
type RegistryEntityManager = Parameters<typeof withTriggersOff>[0];

/**
 * Runs statements the consent registry's database refuses — a test putting a grant into a state
 * the API never would, writing a record dated in the past, or taking its own copies away again —
 * with the table's triggers (append only, withdrawal only, instants near the database's clock)
 * off: in one transaction, so they are on again, as they were, for everyone else after it.
 */
export function withRegistryTriggersOff<T>(
  em: RegistryEntityManager,
  table: RegistryTable,
  run: (tx: RegistryEntityManager) => Promise<T>,
): Promise<T> {
  return withTriggersOff(em, [table], run);
}
