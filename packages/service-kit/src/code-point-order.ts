import { raw } from '@mikro-orm/core';

/**
 * An `orderBy` key that orders a text column in the collation "C" (Unicode code-point order),
 * which every PostgreSQL has: the same order on every server, whatever collation its databases
 * were created with (a linguistic one, de_DE.UTF-8 or ICU, puts lower case and umlauts among the
 * capitals). `column` is the column's name in SQL. MikroORM uses a raw fragment once: make a new
 * key for each query.
 */
export function inCodePointOrder(column: string): string {
  return raw((alias) => `${alias}.${column} collate "C"`);
}
