import { assertIdentifier, hasControlCharacters, isIdentifier } from './input';

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

describe('identifiers', () => {
  test('1 to 64 characters without control characters', () => {
    expect(isIdentifier('housing-dortmund')).toBe(true);
    expect(isIdentifier('a'.repeat(64))).toBe(true);
    expect(isIdentifier('')).toBe(false);
    expect(isIdentifier('a'.repeat(65))).toBe(false);
    expect(isIdentifier('housing\u0000')).toBe(false);
    let thrown: unknown;
    try {
      assertIdentifier('housing\u0000', 'agencyId');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'agencyId' } });
  });
});
