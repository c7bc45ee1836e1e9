import { readFileSync } from 'node:fs';
import { visit, type JSONPath } from 'jsonc-parser';

/** A JSON path as an operator reads it: agencies[0].id. */
const pathText = (path: JSONPath): string =>
  path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .replace(/^\./, '');

/**
 * The first member name that an object of the JSON text holds twice, with where, or undefined.
 * JSON.parse keeps the last of them without a word (RFC 8259 leaves duplicates undefined): in a
 * configuration file, the earlier one is then silently lost — a whole list of agencies, say.
 */
function duplicateName(text: string): string | undefined {
  const names: Set<string>[] = [];
  let found: string | undefined;
  visit(text, {
    onObjectBegin: () => {
      names.push(new Set());
    },
    onObjectEnd: () => {
      names.pop();
    },
    onObjectProperty: (name, _offset, _length, line, _character, pathOf) => {
      const seen = names.at(-1)!;
      if (seen.has(name) && found === undefined) {
        const where = pathText(pathOf());
        found = `"${name}" twice in ${where === '' ? 'the top-level object' : where} (line ${line + 1})`;
      }
      seen.add(name);
    },
  });
  return found;
}

/**
 * The parsed JSON of a configuration file, or an error naming what the file is for and where it
 * is: JSON.parse alone says only "Unexpected end of JSON input".
 */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${what} (${path}) cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  // A byte-order mark, which some editors put before UTF-8 text, is no part of the JSON
  // (RFC 8259 § 8.1 lets a parser ignore it); JSON.parse would quote it invisibly.
  const json = text.replace(/^\ufeff/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json) as unknown;
  } catch (error) {
    throw new Error(`${what} (${path}) is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const duplicate = duplicateName(json);
  if (duplicate !== undefined) {
    throw new Error(
      `${what} (${path}) names ${duplicate}: JSON keeps only the last, so the file is refused`,
    );
  }
  return parsed;
}
