import { ValidationError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import {
  codeOf,
  databaseMessage,
  isDatabaseError,
  isError,
  isSqlState,
  nonEmpty,
} from './database-errors';

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
 * is not one of those names replaced by "…" (`invalid input syntax for type uuid: "…"`;
 * database-errors.ts).
 * MikroORM's own errors (ValidationError, NotFoundError, …) print entities and conditions with
 * their values: only their class is logged. Other errors are logged as `Name: message` (a plain
 * Error by its message), each cause after the error it caused.
 */

/** The system call a Node error of a socket failed in (connect, read, write), if it is one. */
const syscallOf = (error: Error) => (error as { syscall?: unknown }).syscall;

/** The names of a database error shown beside its message. */
const SHOWN_NAMES = ['table', 'column', 'constraint'] as const;

/** Whether the error's message may hold values, and is therefore not logged as it is. */
const withheldMessage = (error: Error) =>
  isDatabaseError(error) || error instanceof ValidationError;

/**
 * A wrapper's message cut before what it repeats of a database error it was caused by (a
 * migration runner's "… failed: Original error: <statement> - <message> - detail: …"): at its
 * first line break, at "Original error", or where a withheld error's message begins.
 */
function withoutRepeated(message: string, withheldBelow: readonly Error[]): string {
  if (withheldBelow.length === 0) return message;
  const cuts = [
    message.indexOf('\n'),
    message.indexOf('Original error'),
    ...withheldBelow.map((inner) =>
      inner.message ? message.indexOf(inner.message.slice(0, 40)) : -1,
    ),
  ].filter((at) => at >= 0);
  if (cuts.length === 0) return message;
  return `${message.slice(0, Math.min(...cuts)).trimEnd()} … (the rest not logged: it repeats the database error below)`;
}

/** One error's line: `Class (SQLSTATE …, table …): message` for a database error. */
function describeOne(error: unknown, withheldBelow: readonly Error[] = []): string {
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
      ...(code
        ? [isSqlState(code) && !syscallOf(error) ? `SQLSTATE ${code}` : `code ${code}`]
        : []),
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
  // A plain Error's or GraphQLError's class says nothing. Node's AggregateError of a refused
  // connection has no message, only the code.
  const plain = (name === 'Error' || name === 'GraphQLError') && !code;
  const label = `${plain ? '' : name}${code ? ` (code ${code})` : ''}`;
  const message = withoutRepeated(error.message || code || '', withheldBelow);
  return label ? `${label}: ${message}` : message;
}

/** An error and those it wraps: a GraphQLError's original, an error's cause; `depth` in all. */
export function* wrapped(error: unknown, depth = 5): Generator<Error> {
  for (let inner = error, seen = 0; isError(inner) && seen < depth; seen += 1) {
    yield inner;
    inner = inner instanceof GraphQLError ? inner.originalError : inner.cause;
  }
}

/**
 * Whether a GraphQLError's message is one of an error it wraps (a resolver's error, as Apollo
 * wraps it), or holds the message of one whose message is withheld.
 */
const repeatsWrapped = (error: GraphQLError) =>
  // The five errors below it: its original, and that one's causes.
  [...wrapped(error, 6)]
    .slice(1)
    .some(
      (inner, index) =>
        (index === 0 && error.message === inner.message) ||
        (withheldMessage(inner) && error.message.includes(inner.message)),
    );

/**
 * The errors an error stands for: itself, the error a GraphQLError wraps (by that one alone where
 * it repeats its message), and their causes, up to 5.
 */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let inner = error;
  while (chain.length < 5) {
    if (inner instanceof GraphQLError && inner.originalError) {
      if (!repeatsWrapped(inner)) chain.push(inner);
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
    const withheldBelow = chain
      .slice(index + 1)
      .filter((below): below is Error => isError(below) && withheldMessage(below));
    if (!told) lines.push(describeOne(inner, withheldBelow));
  });
  const frames = stack ? framesOf(chain[0]) : '';
  return [lines.join('; caused by '), frames].filter((part) => part !== '').join('\n');
}
