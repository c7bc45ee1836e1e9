/**
 * The API's enums are values as well as types: a front end builds a select box from
 * `Object.values(Purpose)` without copying the values, and the lists are generated, so they are
 * the schema's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import * as client from './index.js';
import { DataCategory, Municipality, Purpose } from './index.js';

const API = buildSchema(readFileSync(join(__dirname, '../../../schema/api.graphql'), 'utf8'));

/** The client's exports that are enums of the API, by name. */
const enums = Object.entries(client).filter(([name]) => isEnumType(API.getType(name)));

test("the enums a front end picks from are lists of the API's values", () => {
  expect(Object.values(Purpose)).toContain('EVICTION_PREVENTION');
  expect(Object.values(DataCategory)).toContain('HOUSEHOLD_COMPOSITION');
  expect(Object.values(Municipality)).toContain('DORTMUND');
  // Each value is its own key, as the API names it.
  expect(Purpose.TENANCY_SUPPORT).toBe('TENANCY_SUPPORT');
});

test("every enum the client exports lists exactly the schema's values", () => {
  // Those the client's operations use: at least the ones of the case context and the consents.
  expect(enums.length).toBeGreaterThanOrEqual(15);
  for (const [name, values] of enums) {
    const type = API.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is no enum`);
    expect([name, Object.values(values as object).sort()]).toEqual([
      name,
      type
        .getValues()
        .map((value) => value.name)
        .sort(),
    ]);
  }
});
