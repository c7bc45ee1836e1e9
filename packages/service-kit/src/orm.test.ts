import { EntitySchema } from '@mikro-orm/postgresql';
import { openOrm } from './orm';

/** An entity the ORM asks for; no table is made or read. */
const Probe = new EntitySchema<{ id: string }>({
  name: 'Probe',
  properties: { id: { type: 'uuid', primary: true } },
});

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The ORM's driver hands dates and instants over as PostgreSQL's text (a tenancy's days, an
 * agency's leftOn, compared as YYYY-MM-DD; instants parsed as ISO 8601): whatever the server's
 * DateStyle, the services' sessions write them in ISO.
 */
describe("a service's sessions", () => {
  const pgOptions = process.env.PGOPTIONS;
  afterEach(() => {
    if (pgOptions === undefined) delete process.env.PGOPTIONS;
    else process.env.PGOPTIONS = pgOptions;
  });

  test.each(['German', 'SQL, DMY', 'Postgres, MDY'])(
    'read dates and instants in ISO where the server writes them %j',
    async (dateStyle) => {
      // As a server or database set so would (PGOPTIONS: its sessions start with it).
      process.env.PGOPTIONS = `-c DateStyle=${dateStyle.replace(/[ ,]+/g, '\\,')} -c TimeZone=Europe/Berlin`;
      const orm = await openOrm({
        entities: [Probe],
        migrations: [],
        migrationsPath: __dirname,
        clientUrl: DATABASE_URL,
      });
      try {
        const [row] = await orm.em
          .fork()
          .getConnection()
          .execute<[{ day: string; at: string; zone: string }]>(
            `select date '2026-03-29' as day, timestamptz '2026-03-29T01:30:00Z' as at,
                    current_setting('TimeZone') as zone`,
          );
        expect(row.day).toBe('2026-03-29');
        expect(new Date(row.at).toISOString()).toBe('2026-03-29T01:30:00.000Z');
        // The operator's other session settings stay as they were given.
        expect(row.zone).toBe('Europe/Berlin');
      } finally {
        await orm.close();
      }
    },
  );
});
