import { GraphQLError } from 'graphql';
import {
  decodeDatedCursor,
  decodeIdCursor,
  encodeDatedCursor,
  encodeIdCursor,
  listOf,
  pageOf,
} from './pages';

const ID = '0b7d6a1e-3c52-4e0f-9d7a-2f1c8e5b4a90';
const raw = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const LIST = listOf('courses', 'DORTMUND', undefined);

describe('dated cursors', () => {
  test('decode what encode wrote for the same list', () => {
    const key = { date: '2026-02-28', id: ID };
    expect(LIST).toBe('courses:DORTMUND:*');
    expect(decodeDatedCursor(LIST, encodeDatedCursor(LIST, key))).toEqual(key);
  });

  test("a list's name may not hold the separator", () => {
    expect(() => listOf('courses', 'a|b')).toThrow("a list's name may not contain '|'");
  });

  test.each([
    ['made up', 'bm90LWEtY3Vyc29y'],
    ['empty', ''],
    ['an id alone', raw(ID)],
    ['without its list', raw(`2026-02-28|${ID}`)],
    ['of another list', raw(`vacantUnits:DORTMUND|2026-02-28|${ID}`)],
    ['of the list with another filter', raw(`courses:HAGEN:*|2026-02-28|${ID}`)],
    ['of the list without its filter', raw(`courses:*:*|2026-02-28|${ID}`)],
    ['a date that does not exist', raw(`${LIST}|2026-02-30|${ID}`)],
    ['a month that does not exist', raw(`${LIST}|2026-13-01|${ID}`)],
    ['the year 0', raw(`${LIST}|0000-01-01|${ID}`)],
    ['a date with a time', raw(`${LIST}|2026-02-28T00:00:00Z|${ID}`)],
    ['an upper-case id', raw(`${LIST}|2026-02-28|${ID.toUpperCase()}`)],
    ['a fourth part', raw(`${LIST}|2026-02-28|${ID}|x`)],
    ['padding behind it', `${raw(`${LIST}|2026-02-28|${ID}`)}!!`],
  ])('refuse a cursor %s: BAD_USER_INPUT on after', (_case, cursor) => {
    let error: unknown;
    try {
      decodeDatedCursor(LIST, cursor);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe('after is not a cursor returned by this list');
    expect((error as GraphQLError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
  });
});

describe('id cursors', () => {
  const HOUSEHOLDS = listOf('households', 'HAGEN');

  test('decode what encode wrote for the same list', () => {
    expect(decodeIdCursor(HOUSEHOLDS, encodeIdCursor(HOUSEHOLDS, ID))).toBe(ID);
  });

  test.each([
    ['an id alone', raw(ID)],
    ['of the list with another filter', raw(`households:DORTMUND|${ID}`)],
    ['an upper-case id', raw(`${HOUSEHOLDS}|${ID.toUpperCase()}`)],
    ['a third part', raw(`${HOUSEHOLDS}|${ID}|x`)],
    ['padding behind it', `${raw(`${HOUSEHOLDS}|${ID}`)}!!`],
  ])('refuse a cursor %s', (_case, cursor) => {
    expect(() => decodeIdCursor(HOUSEHOLDS, cursor)).toThrow(
      'after is not a cursor returned by this list',
    );
  });
});

describe('pageOf', () => {
  const rows = ['2026-01-01', '2026-01-02', '2026-01-03'].map((date, index) => ({
    id: `${ID.slice(0, -1)}${index}`,
    date,
  }));

  test('keeps the page size, says another page follows, and ends at the last row kept', () => {
    const cursorOf = (row: { id: string; date: string }) =>
      encodeDatedCursor(LIST, { date: row.date, id: row.id });
    const page = pageOf(rows, 2, 7, cursorOf);
    expect(page).toEqual({
      nodes: rows.slice(0, 2),
      totalCount: 7,
      pageInfo: {
        hasNextPage: true,
        endCursor: encodeDatedCursor(LIST, { date: '2026-01-02', id: rows[1]!.id }),
      },
    });
  });

  test('the last page: nothing follows; an empty page has no cursor', () => {
    expect(pageOf(rows, 3, 3, (row) => row.id).pageInfo.hasNextPage).toBe(false);
    expect(pageOf([], 3, 0, (row: { id: string }) => row.id).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
