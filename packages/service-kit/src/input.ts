import { GraphQLError } from 'graphql';

/** The largest page any list field returns. */
export const MAX_PAGE_SIZE = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** The caller's mistake, with the argument it concerns: code BAD_USER_INPUT. */
export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** Checks an id argument: a malformed id is the caller's error, not a missing record. */
export function assertUuid(value: string, argument: string): string {
  if (!isUuid(value)) throw badInput(`${argument} must be a UUID`, argument);
  return value.toLowerCase();
}

/** The longest id of a record that is not a UUID (agency ids, gateway request ids). */
export const MAX_IDENTIFIER_LENGTH = 64;

/**
 * Control characters (C0 with NUL, which PostgreSQL refuses in text, DEL and C1), the bidi
 * embeddings, overrides and isolates that make text read other than it is stored, line and
 * paragraph separators, and the byte-order mark. Joiners and directional marks stay allowed:
 * names in Persian or Arabic script need them.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** Control characters have no place in input (see CONTROL_CHARACTERS). */
export const hasControlCharacters = (value: string): boolean => CONTROL_CHARACTERS.test(value);

/**
 * A refused value as an error message may quote it: a JSON string of its first `max` characters
 * (code points: no surrogate pair split), every control character (CONTROL_CHARACTERS, not only
 * those JSON escapes) written as \uXXXX, so a terminal or a log viewer shows it as it is.
 */
export function quotedInput(value: string, max = 20): string {
  return JSON.stringify([...value].slice(0, max).join('')).replace(
    new RegExp(CONTROL_CHARACTERS.source, 'gu'),
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Nothing but white space and invisible format characters (a zero-width space, say). */
export const isBlank = (value: string): boolean => /^[\s\p{Cf}]*$/u.test(value);

/** Characters as PostgreSQL counts them (code points), not UTF-16 units: an emoji is one. */
export function characterCount(value: string): number {
  let count = 0;
  for (const _character of value) count += 1;
  return count;
}

/**
 * What is wrong with a free text for the hub to keep, if anything: half of a surrogate pair
 * (which no database encoding can store; PostgreSQL would keep a replacement character), control
 * characters, or more than `max` characters.
 */
export function textProblem(value: string, max: number): string | undefined {
  if (!value.isWellFormed()) return 'must be well-formed Unicode text';
  if (hasControlCharacters(value)) return 'must not contain control characters';
  if (characterCount(value) > max) return `must be at most ${max} characters`;
  return undefined;
}

/**
 * An id that is not a UUID (an agency id, a request id): 1 to 64 characters, well-formed (half of
 * a surrogate pair would be stored as a replacement character, another id than the one compared),
 * no control characters.
 */
export const isIdentifier = (value: string): boolean =>
  value !== '' &&
  value.length <= MAX_IDENTIFIER_LENGTH &&
  value.isWellFormed() &&
  !hasControlCharacters(value);

/** Checks an id argument that is not a UUID; a malformed one is the caller's error. */
export function assertIdentifier(value: string, argument: string): string {
  if (!isIdentifier(value)) {
    throw badInput(
      `${argument} must be 1 to ${MAX_IDENTIFIER_LENGTH} characters of well-formed text without control characters`,
      argument,
    );
  }
  return value;
}

export function assertPageSize(first: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`${argument} must be between 1 and ${MAX_PAGE_SIZE}`, argument);
  }
  return first;
}
