/**
 * Every subgraph's committed migrations build exactly the schema its entities describe: an entity
 * changed without a migration (`pnpm migration:create <subgraph>`) fails here, not in production.
 */
import { SUBGRAPHS } from '@wohnnetz/hub';
import { migrate } from '@wohnnetz/service-kit';
import { withScratchDatabase } from '@wohnnetz/testing';

describe('migrations and entities agree', () => {
  test.each(SUBGRAPHS.map((module) => [module.name, module] as const))(
    '%s',
    async (_name, module) => {
      await withScratchDatabase(module, async (orm) => {
        await migrate(orm);
        const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
        expect(diff.trim()).toBe('');
      });
    },
    30_000,
  );
});
