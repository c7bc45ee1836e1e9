/**
 * The API names an agency the same way everywhere: every field or argument that holds an agency's
 * id (`agencyId`, `…AgencyId`, `…AgencyIds`) is an `ID`, as `Agency.id` is, so that a front end
 * passes one to another (a provider's agency to `accessLog(agencyId:)`, say) without a cast.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { API_SCHEMA_PATH } from './supergraph';

const holdsAnAgencyId = (name: string) => /^(agencyId|\w+AgencyIds?)$/.test(name);

test('every agency id in the API is an ID', () => {
  const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
  const typed: { at: string; type: GraphQLInputType | GraphQLOutputType }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        typed.push({ at: `${type.name}.${field.name}`, type: field.type });
      }
    }
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        typed.push({ at: `${type.name}.${field.name}`, type: field.type });
        for (const arg of field.args) {
          typed.push({ at: `${type.name}.${field.name}(${arg.name})`, type: arg.type });
        }
      }
    }
  }
  const agencyIds = typed.filter(({ at }) => holdsAnAgencyId(at.replace(/^.*[.(]|\)$/g, '')));
  expect(agencyIds.length).toBeGreaterThan(5);
  expect(
    agencyIds.filter(({ type }) => getNamedType(type).name !== 'ID').map(({ at }) => at),
  ).toEqual([]);
});
