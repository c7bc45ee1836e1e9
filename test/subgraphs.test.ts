/**
 * What every subgraph must do the same way, checked on each through its own GraphQL API:
 * answer `_entities` for a batch of households (one malformed or unknown id spoils nothing),
 * publish its SDL, report its health, and have committed migrations that match its entities.
 */
import { demoHouseholds } from '@wohnnetz/demo-data';
import { SUBGRAPHS } from '@wohnnetz/hub';
import { migrate } from '@wohnnetz/service-kit';
import { startTestSubgraph, withScratchDatabase, type TestSubgraph } from '@wohnnetz/testing';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

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

    test('_entities resolves a batch of households in order, unknown and malformed ids included', async () => {
      const ids = [...demoHouseholds(3).map((household) => household.id), UNKNOWN_ID, 'not-a-uuid'];
      const response = await subgraph.query<{ _entities: ({ id: string } | null)[] }>(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id } } }',
        { r: ids.map((id) => ({ __typename: 'Household', id })) },
      );
      expect(response.errors).toBeUndefined();
      const entities = response.data!._entities;
      expect(entities).toHaveLength(ids.length);
      expect(entities.slice(0, 3).map((entity) => entity?.id)).toEqual(ids.slice(0, 3));
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
