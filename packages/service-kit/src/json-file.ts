import { readFileSync } from 'node:fs';

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
  try {
    // A byte-order mark, which some editors put before UTF-8 text, is no part of the JSON
    // (RFC 8259 § 8.1 lets a parser ignore it); JSON.parse would quote it invisibly.
    return JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
  } catch (error) {
    throw new Error(`${what} (${path}) is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
