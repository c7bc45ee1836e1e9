/**
 * What every subgraph must do the same way, checked on each through its own GraphQL API:
 * answer `_entities` for a batch of households (an unknown id or a malformed representation
 * spoils nothing),
 * publish its SDL, report its health, and have committed migrations that match its entities.
 */
import { demoHouseholds } from '@wohnnetz/demo-data';
import { SUBGRAPHS } from '@wohnnetz/hub';
import { migrate } from '@wohnnetz/service-kit';
import { startTestSubgraph, withScratchDatabase, type TestSubgraph } from '@wohnnetz/testing';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const ENTITIES =
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id } } }';

describe.each(SUBGRAPHS.map((module) => [module.name, module] as const))(
  '%s subgraph',
  (name, module) => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(module, { households: 6, mode: 'development' });
    });
    afterAll(async () => {
      await subgraph?.stop();
    });

    test('_entities resolves a batch of households in order, an unknown id included', async () => {
      const ids = [...demoHouseholds(3).map((household) => household.id), UNKNOWN_ID];
      const response = await subgraph.query<{ _entities: ({ id: string } | null)[] }>(ENTITIES, {
        r: ids.map((id) => ({ __typename: 'Household', id })),
      });
      const entities = response.data!._entities;
      expect(entities).toHaveLength(ids.length);
      expect(entities.slice(0, 3).map((entity) => entity?.id)).toEqual(ids.slice(0, 3));
      expect(entities[3]).toEqual(name === 'housing' ? null : { id: UNKNOWN_ID });
      // The housing office, which holds the households, reports an id it does not hold; the
      // others only extend a household and answer for any id.
      expect(
        response.errors?.map(({ path, extensions }) => ({ path, code: extensions?.code })),
      ).toEqual(name === 'housing' ? [{ path: ['_entities', 3], code: 'NOT_FOUND' }] : undefined);
    });

    test('_entities refuses each malformed representation on its own, the others resolve', async () => {
      const [first, second] = demoHouseholds(2).map((household) => household.id);
      const malformed = [
        { __typename: 'Household', id: 'not-a-uuid' },
        { __typename: 'Household', id: first!.toUpperCase() },
        { __typename: 'Household', id: 7 },
        { __typename: 'Household' },
        { __typename: 'Agency', id: first },
        { id: first },
        'Household',
      ];
      const representations = [
        { __typename: 'Household', id: first },
        ...malformed,
        { __typename: 'Household', id: second },
      ];
      const response = await subgraph.query<{ _entities: ({ id: string } | null)[] }>(ENTITIES, {
        r: representations,
      });
      expect(response.data!._entities).toEqual([
        { id: first },
        ...malformed.map(() => null),
        { id: second },
      ]);
      expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual(
        malformed.map((_, index) => [['_entities', index + 1], 'BAD_USER_INPUT']),
      );
    });

    test('_service publishes the SDL with the Household key', async () => {
      const response = await subgraph.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
      expect(response.data!._service.sdl).toMatch(/type Household @key\(fields: "id"\)/);
    });

    test('health reports the database', async () => {
      const response = await fetch(`${subgraph.url}/health`);
      expect(await response.json()).toEqual({ service: name, status: 'ok' });
    });

    test('the committed migrations create exactly the schema of the entities', async () => {
      await withScratchDatabase(module, async (orm) => {
        expect((await migrate(orm)).length).toBe(module.migrations.length);
        expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
      });
    });
  },
);
