import { types } from 'node:util';
import { DriverException, ValidationError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';

/**
 * What a service logs about an error it caught, so that no value reaches the log: personal data
 * must never. The one place that rule lives; every server-side log of a caught error goes through
 * `describeForLog`.
 *
 * A database error's message is not logged as it is: MikroORM's (knex's) holds the whole SQL
 * statement with its parameter values filled in (a grantor's name, household ids, a user's
 * subject), and the detail PostgreSQL adds ("Key (id)=(…) already exists", "Failing row contains
 * (…)") holds values too. What is logged of one is its class, its SQLSTATE (or a socket error's
 * code), the table, column and constraint PostgreSQL names in fields of their own, and the
 * server's message without the statement, the detail and the hint, with anything it quotes that
 * is not one of those names replaced by "…" (`invalid input syntax for type uuid: "…"`).
 * MikroORM's own errors (ValidationError, NotFoundError, …) print entities and conditions with
 * their values: only their class is logged. Other errors are logged as `Name: message` (a plain
 * Error by its message), each cause after the error it caused.
 */

/**
 * Whether the value is an Error, also one made in another realm (Node's own errors, a socket's,
 * under jest's module sandbox).
 */
export const isError = (value: unknown): value is Error =>
  value instanceof Error || types.isNativeError(value);

/** Five digits or upper-case letters: a PostgreSQL error code. */
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The fields of pg's DatabaseError that the description reads (MikroORM copies them over). */
interface DatabaseErrorFields {
  code?: unknown;
  severity?: unknown;
  schema?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  dataType?: unknown;
}

type FieldedError = Error & DatabaseErrorFields;

/** The names PostgreSQL reports in fields of their own: a quoted one of them may be shown. */
const NAME_FIELDS = ['schema', 'table', 'column', 'constraint', 'dataType'] as const;
/** Those shown beside the message. */
const SHOWN_NAMES = ['table', 'column', 'constraint'] as const;

/**
 * An error of the database or of the connection to it: MikroORM's DriverException (whatever it
 * wraps, a socket error too), or pg's own DatabaseError where it was not wrapped.
 */
export function isDatabaseError(error: unknown): error is FieldedError {
  if (!isError(error)) return false;
  if (error instanceof DriverException) return true;
  const { code, severity } = error as FieldedError;
  return typeof severity === 'string' && typeof code === 'string' && SQLSTATE.test(code);
}

/** The error's SQLSTATE or other string code (ECONNREFUSED), if it has one. */
export function codeOf(error: Error): string | undefined {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && code !== '' ? code : undefined;
}

const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** Where a statement's error keeps the server's own message (`keepServerMessages`). */
const SERVER_MESSAGE = 'serverMessage';

/** What `keepServerMessages` listens on: a knex instance (the ORM's, `getKnex()`). */
export interface QueryErrorSource {
  on(event: 'query-error', listener: (error: unknown, query: { sql?: unknown }) => void): unknown;
}

/**
 * Makes each statement's error keep the server's own message before knex puts the statement in
 * front of it (`<statement> - <message>`), which MikroORM sends with its values filled in. With
 * knex's `compileSqlOnError: false` (serviceOrmOptions) the statement is the one in `query`; an
 * error whose message does not start with it keeps nothing, and its message is not logged.
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
 * The server's message of a database error, without what may hold values: the one knex's error
 * kept (`keepServerMessages`), else the error's own unless knex put a statement before it or
 * MikroORM appended the detail or the hint (each adds " - "): undefined then. What it quotes
 * is kept only where it is a name the error reports in a field of its own.
 */
export function databaseMessage(error: FieldedError): string | undefined {
  const kept = (error as { [SERVER_MESSAGE]?: unknown })[SERVER_MESSAGE];
  const server =
    typeof kept === 'string' ? kept : error.message.includes(' - ') ? undefined : error.message;
  return server === undefined ? undefined : withoutQuotedValues(server, error);
}

/**
 * The message as it is where everything it quotes is a name the error reports (a constraint, a
 * column); otherwise with everything from its first to its last double quote replaced by "…"
 * (a value may hold quotes itself, so they cannot be paired).
 */
function withoutQuotedValues(message: string, error: FieldedError): string {
  const parts = message.split('"');
  if (parts.length === 1) return message;
  const names = new Set(NAME_FIELDS.map((field) => error[field]).filter(nonEmpty));
  const quoted = parts.filter((_, index) => index % 2 === 1);
  if (parts.length % 2 === 1 && quoted.every((part) => names.has(part))) return message;
  return `${parts[0]}"…"${parts[parts.length - 1]}`;
}

/** Whether the error's message may hold values, and is therefore not logged as it is. */
const withheldMessage = (error: Error) =>
  isDatabaseError(error) || error instanceof ValidationError;

/** One error's line: `Class (SQLSTATE …, table …): message` for a database error. */
function describeOne(error: unknown): string {
  if (!isError(error)) {
    return error !== null && (typeof error === 'object' || typeof error === 'function')
      ? 'something other than an Error thrown (not logged: it may hold values)'
      : `${typeof error} thrown: ${String(error)}`;
  }
  const name = error.name || 'Error';
  const code = codeOf(error);
  if (isDatabaseError(error)) {
    // pg names its DatabaseError "error".
    const className = name === 'error' ? error.constructor.name : name;
    const about = [
      ...(code ? [SQLSTATE.test(code) ? `SQLSTATE ${code}` : `code ${code}`] : []),
      ...SHOWN_NAMES.filter((field) => nonEmpty(error[field])).map(
        (field) => `${field} ${error[field] as string}`,
      ),
    ];
    const message =
      databaseMessage(error) ?? '(message not logged: it could not be told apart from the values)';
    return `${className}${about.length > 0 ? ` (${about.join(', ')})` : ''}: ${message || code || ''}`;
  }
  if (error instanceof ValidationError) {
    return `${name} (message not logged: MikroORM's errors show entities and conditions with their values)`;
  }
  // A plain Error's class says nothing. Node's AggregateError of a refused connection has no
  // message, only the code.
  const label = `${name === 'Error' && !code ? '' : name}${code ? ` (code ${code})` : ''}`;
  const message = error.message || code || '';
  return label ? `${label}: ${message}` : message;
}

/**
 * The errors an error stands for: itself (a GraphQLError by the error it wraps, its message is
 * that one's), and its causes, up to 5.
 */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let inner = error;
  while (chain.length < 5) {
    if (inner instanceof GraphQLError && inner.originalError) {
      inner = inner.originalError;
      continue;
    }
    chain.push(inner);
    if (!isError(inner) || inner.cause === undefined) break;
    inner = inner.cause;
  }
  return chain;
}

/** The stack's frames (not its first line, which repeats the message). */
function framesOf(error: unknown): string {
  if (!isError(error) || typeof error.stack !== 'string') return '';
  const header = error.message ? `${error.name}: ${error.message}` : error.name;
  if (error.stack.startsWith(header)) return error.stack.slice(header.length).replace(/^\n/, '');
  // A message changed after the stack was taken (knex prefixes pg's with the statement): the
  // first line may not be all of it. For an error whose message is withheld nothing is taken then.
  if (withheldMessage(error)) return '';
  return error.stack
    .split('\n')
    .filter((line) => /^\s+at \S/.test(line))
    .join('\n');
}

/**
 * The error as it may be logged: each error of its chain (a cause its wrapper's message already
 * tells is left out), and with `stack` the frames where it was thrown on the lines after. See
 * above for what is left out of a database error.
 */
export function describeForLog(
  error: unknown,
  { stack = false }: { stack?: boolean } = {},
): string {
  const chain = chainOf(error);
  const lines: string[] = [];
  chain.forEach((inner, index) => {
    const outer = chain[index - 1];
    const told =
      isError(outer) &&
      !withheldMessage(outer) &&
      isError(inner) &&
      !withheldMessage(inner) &&
      inner.message !== '' &&
      outer.message.includes(inner.message);
    if (!told) lines.push(describeOne(inner));
  });
  const frames = stack ? framesOf(chain[0]) : '';
  return [lines.join('; caused by '), frames].filter((part) => part !== '').join('\n');
}
