import { UNKNOWN_AGENCY, soleOwner, soleOwners } from './household-reference';

describe('soleOwner', () => {
  test('an agency owns a household’s data in a subgraph only if it recorded all of it', () => {
    expect(soleOwner(['welfare-hagen-mitte', 'welfare-hagen-mitte'])).toEqual([
      'welfare-hagen-mitte',
    ]);
    expect(soleOwner(['welfare-hagen-mitte', 'welfare-dortmund-nord'])).toEqual([]);
    expect(soleOwner([])).toEqual([]);
  });

  test('an agency no longer known (a migration could not tell which) owns nothing', () => {
    expect(soleOwner([UNKNOWN_AGENCY, UNKNOWN_AGENCY])).toEqual([]);
    expect(soleOwner(['welfare-hagen-mitte', UNKNOWN_AGENCY])).toEqual([]);
  });
});

describe('soleOwners', () => {
  test('the sole owner of each household, from the agencies that recorded its records', async () => {
    const recorded: Record<string, string[]> = {
      a: ['welfare-hagen-mitte', 'welfare-hagen-mitte'],
      b: ['welfare-hagen-mitte', 'welfare-dortmund-nord'],
      c: [],
    };
    const owners = await soleOwners(['a', 'b', 'c'], (id) => Promise.resolve(recorded[id]!));
    expect(owners).toEqual(
      new Map([
        ['a', ['welfare-hagen-mitte']],
        ['b', []],
        ['c', []],
      ]),
    );
  });
});
