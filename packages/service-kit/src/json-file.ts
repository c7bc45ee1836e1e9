import { readFileSync } from 'node:fs';
import { visit, type JSONPath } from 'jsonc-parser';
import { quotedInput } from './input';

/**
 * How deep the check for names given twice follows a file: jsonc-parser's visit recurses per
 * level and would overflow the stack where JSON.parse (iterative) still reads the file, with a
 * RangeError that names no file. No configuration file nests nearly this deep.
 */
const MAX_DEPTH = 1000;

/** A name as an error message may show it: control characters written out, cut short. */
const shownName = (name: string): string => quotedInput(name, 64);

/**
 * A JSON path as an operator reads it: agencies[0].id; a name that is no plain identifier
 * quoted, so that `{ "": { … } }` is no top-level object and `"x.y"` no x inside y.
 */
const pathText = (path: JSONPath): string =>
  path
    .map((key) =>
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `.${key}`
          : `[${shownName(key)}]`,
    )
    .join('')
    .replace(/^\./, '');

class TooDeep extends Error {}

/**
 * The first member name that an object of the JSON text holds twice, with where, or undefined.
 * JSON.parse keeps the last of them without a word (RFC 8259 leaves duplicates undefined): in a
 * configuration file, the earlier one is then silently lost — a whole list of agencies, say.
 * Throws TooDeep past MAX_DEPTH levels.
 */
function duplicateName(text: string): string | undefined {
  const names: Set<string>[] = [];
  let depth = 0;
  let found: string | undefined;
  const deeper = () => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new TooDeep();
  };
  visit(text, {
    onObjectBegin: () => {
      deeper();
      names.push(new Set());
    },
    onObjectEnd: () => {
      depth -= 1;
      names.pop();
    },
    onArrayBegin: () => {
      deeper();
    },
    onArrayEnd: () => {
      depth -= 1;
    },
    onObjectProperty: (name, _offset, _length, line, _character, pathOf) => {
      const seen = names.at(-1)!;
      if (seen.has(name) && found === undefined) {
        const where = pathText(pathOf());
        found = `${shownName(name)} twice in ${where === '' ? 'the top-level object' : where} (line ${line + 1})`;
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
  let duplicate: string | undefined;
  try {
    duplicate = duplicateName(json);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    throw new Error(
      `${what} (${path}) is nested too deeply (more than ${MAX_DEPTH} levels) to be checked for names given twice`,
      { cause: error },
    );
  }
  if (duplicate !== undefined) {
    throw new Error(
      `${what} (${path}) names ${duplicate}: JSON keeps only the last, so the file is refused`,
    );
  }
  return parsed;
}
