import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options, type EntitySchema } from '@mikro-orm/postgresql';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { keepServerMessages } from './database-errors';

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
  /**
   * Cancels a statement that runs longer (PostgreSQL's `statement_timeout`, waiting for a lock
   * included); no limit when unset. Set for the serving connections (STATEMENT_TIMEOUT_MS), never
   * for migrating and seeding.
   */
  statementTimeoutMs?: number;
  /** How long a request waits for a connection of the pool; knex's 60 s when unset. */
  connectionWaitMs?: number;
}

/**
 * How long a statement of a serving service may run: so short that one stuck statement and a
 * registry that does not answer (REGISTRY_TIMEOUT_MS, 5 s) together stay below the gateway's wait
 * for a subgraph (SUBGRAPH_TIMEOUT_MS, 15 s). A statement stuck on a lock or a plan gone wrong
 * then ends in an error the client is told (SERVICE_UNAVAILABLE, its transaction rolled back),
 * not in work that goes on after the gateway has given up. Healthy statements take milliseconds
 * (an access-log page over millions of entries about a second).
 */
export const STATEMENT_TIMEOUT_MS = 8_000;

/**
 * How long a request of a serving service waits for a connection of its pool (10) before it is
 * answered SERVICE_UNAVAILABLE: with one statement's limit still below the gateway's 15 s, so an
 * overloaded service sheds requests rather than serving them after the gateway has given up.
 */
export const CONNECTION_WAIT_MS = 5_000;

/**
 * The sessions' start-up options: the driver hands dates and instants over as PostgreSQL's text,
 * which the services compare as YYYY-MM-DD (a tenancy's days, an agency's leftOn) and parse as
 * ISO 8601 (MikroORM, `new Date`), so the text is ISO whatever DateStyle the server or the
 * database sets (a German one writes 29.03.2026). Only the output style: the order of a day,
 * month and year in input stays as set. The operator's PGOPTIONS, which these replace for the
 * driver, come first.
 */
function sessionOptions(): string {
  return [process.env.PGOPTIONS?.trim(), '-c DateStyle=ISO'].filter(Boolean).join(' ');
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
    pool: {
      min: 0,
      max: 10,
      ...(options.connectionWaitMs === undefined
        ? {}
        : { acquireTimeoutMillis: options.connectionWaitMs }),
    },
    driverOptions: {
      // knex puts a failed statement before the server's message as it was sent, not with its
      // bindings' values filled in; keepServerMessages (openOrm) keeps the message without it.
      compileSqlOnError: false,
      // Sent with each connection's start-up, so it holds on every pooled connection.
      connection: {
        options: sessionOptions(),
        ...(options.statementTimeoutMs === undefined
          ? {}
          : { statement_timeout: options.statementTimeoutMs }),
      },
    },
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions, counter ?? new Counter()),
  };
}

/**
 * Opens a service's ORM. Its statements' errors keep the server's message apart from the
 * statement (error-log.ts), so that it can be logged without the values.
 */
export async function openOrm(options: ServiceOrmOptions, counter?: Counter) {
  const orm = await MikroORM.init(serviceOrmOptions(options, counter));
  keepServerMessages(orm.em.getConnection().getKnex());
  return orm;
}

/** Applies the service's committed migrations that the database has not seen yet. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
