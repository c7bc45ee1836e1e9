import { types } from 'node:util';
import { DriverException } from '@mikro-orm/core';

/**
 * What a service can tell of an error its database (or the connection to it) raised, without the
 * values its message holds: MikroORM fills a statement's values in before knex sends it, knex
 * puts that statement before pg's message (`<statement> - <message>`), and MikroORM appends the
 * detail PostgreSQL adds, which holds values too ("Key (id)=(…) already exists").
 */

/**
 * Whether the value is an Error, also one made in another realm (Node's own errors, a socket's,
 * under jest's module sandbox).
 */
export const isError = (value: unknown): value is Error =>
  value instanceof Error || types.isNativeError(value);

/** Five digits or upper-case letters: a PostgreSQL error code. */
const SQLSTATE = /^[0-9A-Z]{5}$/;

export const isSqlState = (code: string): boolean => SQLSTATE.test(code);

/** An error with the fields of pg's DatabaseError (MikroORM copies them onto its own). */
export type DatabaseError = Error & {
  code?: unknown;
  severity?: unknown;
  schema?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  dataType?: unknown;
};

/** The names PostgreSQL reports in fields of their own: a quoted one of them may be shown. */
const NAME_FIELDS = ['schema', 'table', 'column', 'constraint', 'dataType'] as const;

export const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * An error of the database or of the connection to it: MikroORM's DriverException (whatever it
 * wraps, a socket error too), or pg's own DatabaseError where it was not wrapped.
 */
export function isDatabaseError(error: unknown): error is DatabaseError {
  if (!isError(error)) return false;
  if (error instanceof DriverException) return true;
  const { code, severity } = error as DatabaseError;
  return typeof severity === 'string' && typeof code === 'string' && isSqlState(code);
}

/** The error's SQLSTATE or other string code (ECONNREFUSED), if it has one. */
export function codeOf(error: Error): string | undefined {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** Where a statement's error keeps the server's own message (`keepServerMessages`). */
const SERVER_MESSAGE = 'serverMessage';

/** What `keepServerMessages` listens on: a knex instance (the ORM's, `getKnex()`). */
export interface QueryErrorSource {
  on(event: 'query-error', listener: (error: unknown, query: { sql?: unknown }) => void): unknown;
}

/**
 * Makes each statement's error keep the server's own message before knex puts the statement in
 * front of it. With knex's `compileSqlOnError: false` (serviceOrmOptions) the statement is the
 * one in `query`; an error whose message does not start with it keeps nothing, and its message is
 * not logged.
 */
export function keepServerMessages(knex: QueryErrorSource): void {
  knex.on('query-error', (error, query) => {
    if (!isError(error) || typeof query?.sql !== 'string') return;
    const statement = `${query.sql} - `;
    if (!error.message.startsWith(statement)) return;
    // MikroORM copies it onto its DriverException with the error's other properties.
    Object.defineProperty(error, SERVER_MESSAGE, {
      value: error.message.slice(statement.length),
      configurable: true,
      writable: true,
    });
  });
}

/**
 * The message as it is where everything it quotes is a name the error reports (a constraint, a
 * column); otherwise with everything from its first to its last double quote replaced by "…"
 * (a value may hold quotes itself, so they cannot be paired).
 */
function withoutQuotedValues(message: string, error: DatabaseError): string {
  const parts = message.split('"');
  if (parts.length === 1) return message;
  const names = new Set(NAME_FIELDS.map((field) => error[field]).filter(nonEmpty));
  const quoted = parts.filter((_, index) => index % 2 === 1);
  if (parts.length % 2 === 1 && quoted.every((part) => names.has(part))) return message;
  return `${parts[0]}"…"${parts[parts.length - 1]}`;
}

/**
 * The server's message of a database error, without what may hold values: the one knex's error
 * kept (`keepServerMessages`), else the error's own unless knex put a statement before it or
 * MikroORM appended the detail or the hint (each adds " - "): undefined then. What it quotes is
 * kept only where it is a name the error reports in a field of its own.
 */
export function databaseMessage(error: DatabaseError): string | undefined {
  const kept = (error as { [SERVER_MESSAGE]?: unknown })[SERVER_MESSAGE];
  const server =
    typeof kept === 'string' ? kept : error.message.includes(' - ') ? undefined : error.message;
  return server === undefined ? undefined : withoutQuotedValues(server, error);
}

/**
 * SQLSTATEs of a database that cannot be reached or let the service's connection go (besides
 * class 08, connection_exception): admin_shutdown, crash_shutdown, cannot_connect_now,
 * too_many_connections, and a login refused (invalid_password; invalid_authorization_specification,
 * as for a role whose LOGIN was revoked or that was dropped).
 */
const CONNECTION_LOST = new Set(['57P01', '57P02', '57P03', '53300', '28P01', '28000']);
/** Node's codes of a connection that was refused, broke or did not answer. */
const SOCKET_FAILED = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
/**
 * pg's messages for a connection that ended under a statement, or for a client whose connection
 * failed: on their own, or after the statement knex puts before them.
 */
const CONNECTION_ENDED =
  /(^| - )(Connection terminated|Client has encountered a connection error)[^\n]*$/;

/**
 * Whether the error says the database cannot be reached or ended the connection: a database
 * error (MikroORM wraps a socket's too), or — with `bareErrors`, where the caller talks to
 * nothing else over the network — a socket error or pg's message of its own (as knex passes them
 * on for statements sent through it directly).
 */
export function databaseUnreachable(error: Error, { bareErrors = false } = {}): boolean {
  if (!isDatabaseError(error) && !bareErrors) return false;
  const code = codeOf(error) ?? '';
  return (
    /^08[0-9A-Z]{3}$/.test(code) ||
    CONNECTION_LOST.has(code) ||
    SOCKET_FAILED.has(code) ||
    CONNECTION_ENDED.test(error.message)
  );
}
