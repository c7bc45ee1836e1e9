import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonFile } from './json-file';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'wn-json-file-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function read(text: string): unknown {
  const path = join(directory, 'file.json');
  writeFileSync(path, text);
  return readJsonFile(path, 'the test file');
}

test('reads the same names in different objects, and a byte-order mark before the text', () => {
  const keys = {
    keys: [
      { kid: 'a', kty: 'EC' },
      { kid: 'b', kty: 'EC', nested: { kid: 'c' } },
    ],
  };
  expect(read(`\ufeff${JSON.stringify(keys, null, 2)}`)).toEqual(keys);
});

test('refuses a name twice in one object, wherever it is, naming the first such place', () => {
  expect(() => read('{ "a": 1, "a": 2 }')).toThrow(
    'the test file (' +
      join(directory, 'file.json') +
      ') names "a" twice in the top-level object (line 1): JSON keeps only the last, so the file is refused',
  );
  expect(() =>
    read('{\n  "keys": [\n    { "kid": "a" },\n    { "kid": "b", "kid": "c" }\n  ]\n}'),
  ).toThrow(/names "kid" twice in keys\[1\] \(line 4\)/);
  expect(() => read('{ "x": { "y": { "z": 1, "z": 1 } }, "x2": 1 }')).toThrow(/"z" twice in x\.y /);
});

test('invalid JSON is refused as such, before looking for names', () => {
  expect(() => read('{ "a": 1, "a": ')).toThrow(/is not valid JSON/);
});

test('a file nested deeper than the check can follow is refused with its name, not a stack overflow', () => {
  // JSON.parse takes it; a check that recurses per level would overflow the stack.
  const deep = `${'['.repeat(50_000)}{}${']'.repeat(50_000)}`;
  expect(() => read(deep)).toThrow(
    /^the test file \(.*\) is nested too deeply \(more than 1000 levels\) to be checked for names given twice$/,
  );
  const nested = `${'['.repeat(999)}{ "a": 1 }${']'.repeat(999)}`;
  expect(read(nested)).toBeDefined();
});

test('a name given twice is shown with its control characters written out, cut short', () => {
  const name = `\u001b]0;pwned\u0007${'x'.repeat(5000)}`;
  const text = `{ ${JSON.stringify(name)}: 1, ${JSON.stringify(name)}: 2 }`;
  let message = '';
  try {
    read(text);
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain('names "\\u001b]0;pwned\\u0007xxx');
  expect([...message].some((character) => character.charCodeAt(0) < 0x20)).toBe(false);
  expect(message.length).toBeLessThan(400);
});

test('the place of a name given twice is told apart from other places', () => {
  expect(() => read('{ "": { "a": 1, "a": 2 } }')).toThrow(/"a" twice in \[""\] \(line 1\)/);
  expect(() => read('{ "x.y": { "a": 1, "a": 2 } }')).toThrow(/"a" twice in \["x\.y"\] \(line 1\)/);
  expect(() => read('{ "x": { "y": { "a": 1, "a": 2 } } }')).toThrow(
    /"a" twice in x\.y \(line 1\)/,
  );
});
