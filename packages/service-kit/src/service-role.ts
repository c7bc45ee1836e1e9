/**
 * A service that runs as a role of its own, not the owner of its tables: the owner (the
 * migration role, `MIGRATION_DATABASE_URL`) creates the database, migrates and seeds it, and
 * grants the service's role (`DATABASE_URL`) what the service needs — no more. Only a table's
 * owner (or a superuser) may alter, drop or truncate it or switch its triggers off, so the
 * consent registry's append-only triggers (ADR 0018) then bind the running service too.
 */
import type { MikroORM } from '@mikro-orm/postgresql';

/** What a service role may do to a table's rows. */
export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * Tables whose rows the service may change less than it may read and write others' (every
 * other table of the service: SELECT, INSERT, UPDATE, DELETE).
 */
export type ServicePrivileges = Record<string, readonly TablePrivilege[]>;

/** The migration bookkeeping: the owner's alone. */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export class ServiceRoleError extends Error {
  override name = 'ServiceRoleError';
}

/** The role a connection URL logs in as; a URL without one is refused (nothing is guessed). */
export function roleOf(variable: string, url: string): string {
  const role = decodeURIComponent(new URL(url).username);
  if (role === '') {
    throw new ServiceRoleError(`${variable} names no role: write postgres://role@host/database`);
  }
  return role;
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Checks that the service role is another role than the owner, and no superuser (a superuser
 * may do all the owner may): otherwise the split would promise a protection it does not give.
 */
export async function assertServiceRole(
  owner: MikroORM,
  ownerRole: string,
  serviceRole: string,
): Promise<void> {
  if (serviceRole === ownerRole) {
    throw new ServiceRoleError(
      `DATABASE_URL and MIGRATION_DATABASE_URL log in as the same role (${serviceRole}): the service would own its tables`,
    );
  }
  const rows = await owner.em
    .fork()
    .execute<{ rolsuper: boolean }[]>('select rolsuper from pg_roles where rolname = ?', [
      serviceRole,
    ]);
  if (rows.length === 0) {
    throw new ServiceRoleError(
      `DATABASE_URL logs in as ${serviceRole}, which has no role on the server: create it first`,
    );
  }
  if (rows[0]!.rolsuper) {
    throw new ServiceRoleError(
      `DATABASE_URL logs in as ${serviceRole}, a superuser: the service role must be an ordinary role`,
    );
  }
}

/**
 * Grants the service role its rights on the migrated tables, in one transaction, on every start
 * (a new migration's tables included): rows of every table, fewer where `restricted` says so,
 * and nothing on the migration bookkeeping. Never ownership, TRUNCATE, REFERENCES or TRIGGER.
 */
export async function grantServiceRole(
  owner: MikroORM,
  serviceRole: string,
  restricted: ServicePrivileges = {},
): Promise<void> {
  const role = quoted(serviceRole);
  await owner.em.fork().transactional(async (tx) => {
    const tables = new Set(
      (
        await tx.execute<{ tablename: string }[]>(
          "select tablename from pg_tables where schemaname = 'public'",
        )
      ).map((row) => row.tablename),
    );
    const unknown = Object.keys(restricted).filter((table) => !tables.has(table));
    if (unknown.length > 0) {
      throw new ServiceRoleError(
        `the service's privileges name tables its migrations did not create: ${unknown.join(', ')}`,
      );
    }
    await tx.execute(`grant usage on schema public to ${role}`);
    for (const table of [...tables].sort()) {
      const privileges =
        table === MIGRATIONS_TABLE
          ? []
          : (restricted[table] ?? ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
      await tx.execute(`revoke all on table ${quoted(table)} from ${role}`);
      if (privileges.length > 0) {
        await tx.execute(`grant ${privileges.join(', ')} on table ${quoted(table)} to ${role}`);
      }
    }
  });
}
