import { soleOwner } from './household-reference';

describe('soleOwner', () => {
  test('an agency owns a household’s data in a subgraph only if it recorded all of it', () => {
    expect(soleOwner(['welfare-hagen-mitte', 'welfare-hagen-mitte'])).toEqual([
      'welfare-hagen-mitte',
    ]);
    expect(soleOwner(['welfare-hagen-mitte', 'welfare-dortmund-nord'])).toEqual([]);
    expect(soleOwner([])).toEqual([]);
  });
});
