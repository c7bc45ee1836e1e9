import {
  assertIdentifier,
  characterCount,
  hasControlCharacters,
  isBlank,
  isIdentifier,
  quotedInput,
  textProblem,
} from './input';

describe('control characters in input', () => {
  test.each([
    ['NUL', 'a\u0000b'],
    ['a line break', 'a\nb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control (CSI)', 'a\u009bb'],
    ['a right-to-left override', 'invoice\u202egnp.exe'],
    ['a bidi isolate', 'a\u2066b'],
    ['a line separator', 'a\u2028b'],
    ['a byte-order mark', '\ufeffab'],
  ])('refuses %s', (_what, value) => {
    expect(hasControlCharacters(value)).toBe(true);
  });

  test.each([
    ['umlauts', 'Jürgen Müller-Lüdenscheidt'],
    ['a Persian name with a zero-width non-joiner', 'می\u200cخواهم'],
    ['a right-to-left mark', 'שלום\u200f'],
  ])('allows %s', (_what, value) => {
    expect(hasControlCharacters(value)).toBe(false);
  });
});

describe('quotedInput', () => {
  test('quotes a refused value with every control character escaped', () => {
    expect(quotedInput('a\u001b[31m\u009b\u202e\u2066\u2028\ufeff\u007f"\\b')).toBe(
      '"a\\u001b[31m\\u009b\\u202e\\u2066\\u2028\\ufeff\\u007f\\"\\\\b"',
    );
  });

  test('cuts at 20 characters, never inside a surrogate pair; marks and joiners stay', () => {
    expect(quotedInput('😀'.repeat(30))).toBe(`"${'😀'.repeat(20)}"`);
    expect(quotedInput('ab', 1)).toBe('"a"');
    expect(quotedInput('שלום\u200f')).toBe('"שלום\u200f"');
  });
});

describe('identifiers', () => {
  test('1 to 64 characters without control characters', () => {
    expect(isIdentifier('housing-dortmund')).toBe(true);
    expect(isIdentifier('a'.repeat(64))).toBe(true);
    expect(isIdentifier('')).toBe(false);
    expect(isIdentifier('a'.repeat(65))).toBe(false);
    expect(isIdentifier('housing\u0000')).toBe(false);
    // Half of a surrogate pair: PostgreSQL would keep a replacement character, another id.
    expect(isIdentifier('housing\ud800')).toBe(false);
    expect(isIdentifier('housing-\u{1f3e0}')).toBe(true);
    let thrown: unknown;
    try {
      assertIdentifier('housing\u0000', 'agencyId');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'agencyId' } });
  });
});

describe('free text', () => {
  test('blank: only white space and invisible format characters', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \t\u00a0')).toBe(true);
    expect(isBlank('\u200b\u200d\u00ad')).toBe(true);
    expect(isBlank('a\u200b')).toBe(false);
    expect(isBlank('می\u200cخواهم')).toBe(false);
  });

  test('characters counted as code points', () => {
    expect(characterCount('Jürgen')).toBe(6);
    expect(characterCount('👩📄')).toBe(2);
  });

  test.each([
    ['a lone high surrogate', 'a\ud83d', /well-formed/],
    ['a lone low surrogate', '\udc69b', /well-formed/],
    ['a control character', 'a\u0000', /control/],
    ['too many characters', 'abcd', /at most 3 characters/],
  ])('refuses %s', (_what, value, problem) => {
    expect(textProblem(value, 3)).toMatch(problem);
  });

  test('takes three emoji for three characters', () => {
    expect(textProblem('👩📄🏠', 3)).toBeUndefined();
  });
});
