import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options, type EntitySchema } from '@mikro-orm/postgresql';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';

/** Counts events (SQL statements, requests) so tests and benchmarks can check batching. */
export class Counter {
  private count = 0;
  record(): void {
    this.count += 1;
  }
  get total(): number {
    return this.count;
  }
  reset(): void {
    this.count = 0;
  }
}

class CountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly counter: Counter,
  ) {
    super(options);
  }
  override logQuery(context: { query: string } & LogContext): void {
    this.counter.record();
    super.logQuery(context);
  }
}

export interface MigrationEntry {
  name: string;
  class: Constructor<Migration>;
}

export interface ServiceOrmOptions {
  entities: EntitySchema[];
  migrations: MigrationEntry[];
  /** Where `pnpm migration:create` writes new migrations of this service. */
  migrationsPath: string;
  clientUrl: string;
  debug?: boolean;
}

/** ORM options of a service: explicit entities and migrations, no schema sync, no discovery. */
export function serviceOrmOptions(options: ServiceOrmOptions, counter?: Counter): Options {
  return {
    clientUrl: options.clientUrl,
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      path: options.migrationsPath,
      pathTs: options.migrationsPath,
      migrationsList: options.migrations,
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    discovery: { warnWhenNoEntities: true },
    debug: options.debug ?? false,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions, counter ?? new Counter()),
  };
}

export async function openOrm(options: ServiceOrmOptions, counter?: Counter) {
  return MikroORM.init(serviceOrmOptions(options, counter));
}

/** Applies the service's committed migrations that the database has not seen yet. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
