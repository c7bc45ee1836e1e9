/**
 * A service that runs as a role of its own, not the owner of its tables: the owner (the
 * migration role, `MIGRATION_DATABASE_URL`) creates the database, migrates and seeds it, and
 * grants the service's role (`DATABASE_URL`) what the service needs — no more. Only a table's
 * owner (or a superuser, or a member of the owner's role) may alter or drop it or switch its
 * triggers off (TRUNCATE is a privilege, never granted here), so the consent registry's
 * append-only triggers (ADR 0018) then bind
 * the running service too — as long as the service's role is none of those, which is checked at
 * every start (ADR 0019).
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Client } from 'pg';

/** What a service role may do to a table's rows; an UPDATE may be narrowed to columns. */
export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | `UPDATE (${string})`;

/**
 * Tables whose rows the service may change less than it may read and write others' (every
 * other table of the service: SELECT, INSERT, UPDATE, DELETE).
 */
export type ServicePrivileges = Record<string, readonly TablePrivilege[]>;

/** The migration bookkeeping: the owner's alone (its table and its id sequence). */
const MIGRATIONS_PREFIX = 'mikro_orm_migrations';

export class ServiceRoleError extends Error {
  override name = 'ServiceRoleError';
}

/** The role a connection URL logs in as; a URL without one is refused (nothing is guessed). */
export function roleOf(variable: string, url: string): string {
  let role: string;
  try {
    role = decodeURIComponent(new URL(url).username);
  } catch {
    throw new ServiceRoleError(`${variable}: the role in it is not URL-encoded correctly`);
  }
  if (role === '') {
    throw new ServiceRoleError(`${variable} names no role: write postgres://role@host/database`);
  }
  return role;
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Roles whose members may read or write the server's files or run programs as its operating
 * system user, or write every table whatever its grants: with them, a role gets round the rights
 * inside the database.
 */
const SERVER_ACCESS_ROLES = [
  'pg_execute_server_program',
  'pg_read_server_files',
  'pg_write_server_files',
  'pg_write_all_data',
];

/**
 * Before the database is touched, on the server as the owner: the service's role is another
 * role than the owner, exists, and is an ordinary one — neither it nor any role it is a member
 * of (membership passes rights on) is a superuser, has CREATEROLE (it could make itself a member
 * of the owner's role), BYPASSRLS or REPLICATION, is the owner's role or one of the
 * server-access roles; and it may neither SET a parameter granted by GRANT SET ON PARAMETER
 * (session_replication_role among them) nor ALTER SYSTEM one.
 */
export async function assertServiceRole(
  server: Client,
  ownerRole: string,
  serviceRole: string,
): Promise<void> {
  if (serviceRole === ownerRole) {
    throw new ServiceRoleError(
      `DATABASE_URL and MIGRATION_DATABASE_URL log in as the same role (${serviceRole}): the service would own its tables`,
    );
  }
  const { rows: exists } = await server.query('select 1 from pg_roles where rolname = $1', [
    serviceRole,
  ]);
  if (exists.length === 0) {
    throw new ServiceRoleError(
      `DATABASE_URL logs in as ${serviceRole}, which has no role on the server: create it first`,
    );
  }
  const { rows: reached } = await server.query<{
    rolname: string;
    rolsuper: boolean;
    rolcreaterole: boolean;
    rolbypassrls: boolean;
    rolreplication: boolean;
  }>(
    `select rolname, rolsuper, rolcreaterole, rolbypassrls, rolreplication from pg_roles
      where pg_has_role($1, oid, 'MEMBER') order by rolname = $1 desc, rolname`,
    [serviceRole],
  );
  const through = (role: string) => (role === serviceRole ? '' : ` (as a member of ${role})`);
  const problems = reached.flatMap((reachedRole) => [
    ...(reachedRole.rolsuper ? [`a superuser${through(reachedRole.rolname)}`] : []),
    ...(reachedRole.rolcreaterole ? [`a role with CREATEROLE${through(reachedRole.rolname)}`] : []),
    ...(reachedRole.rolbypassrls ? [`a role with BYPASSRLS${through(reachedRole.rolname)}`] : []),
    // REPLICATION reads the whole cluster (a base backup), its passwords' hashes included.
    ...(reachedRole.rolreplication
      ? [`a role with REPLICATION${through(reachedRole.rolname)}`]
      : []),
    ...(reachedRole.rolname === ownerRole ? [`a member of ${ownerRole}`] : []),
    ...(SERVER_ACCESS_ROLES.includes(reachedRole.rolname)
      ? [`a member of ${reachedRole.rolname}`]
      : []),
  ]);
  // PostgreSQL 15 lets a role be granted the setting of a parameter that only superusers set,
  // or ALTER SYSTEM (the server's configuration) for one.
  const { rows: parameterAcl } = await server.query(
    "select 1 from pg_proc where proname = 'has_parameter_privilege'",
  );
  if (parameterAcl.length > 0) {
    const { rows: parameters } = await server.query<{ parameter: string; privilege: string }>(
      `select parname as parameter, privilege from pg_parameter_acl
         cross join (values ('SET'), ('ALTER SYSTEM')) as privileges(privilege)
        where has_parameter_privilege($1, parname, privilege)
           or (parname = 'session_replication_role' and privilege = 'SET'
               and has_parameter_privilege($1, 'session_replication_role', 'SET'))
        order by parname, privilege`,
      [serviceRole],
    );
    problems.push(
      ...parameters.map(({ parameter, privilege }) =>
        privilege === 'SET'
          ? `allowed to set ${parameter}`
          : `allowed to ALTER SYSTEM ${parameter}`,
      ),
    );
  }
  if (problems.length > 0) {
    throw new ServiceRoleError(
      `DATABASE_URL logs in as ${serviceRole}, ${problems.join(', ')}: the service role must be an ordinary role that owns nothing`,
    );
  }
}

/**
 * In the service's database: the service's role owns nothing there, directly or through a role
 * it is a member of — not the database, not schema public, no table, sequence or function (a
 * database a service used to run with only DATABASE_URL is owned by its role).
 */
export async function assertOwnsNothing(owner: MikroORM, serviceRole: string): Promise<void> {
  const owned = await owner.em.fork().execute<{ kind: string; name: string }[]>(
    `select kind, name from (
       select 'database' as kind, datname::text as name, datdba as owner
         from pg_database where datname = current_database()
       union all
       select 'schema', nspname::text, nspowner from pg_namespace where nspname = 'public'
       union all
       select 'relation', relname::text, relowner
         from pg_class join pg_namespace on pg_namespace.oid = relnamespace where nspname = 'public'
       union all
       select 'function', proname::text, proowner
         from pg_proc join pg_namespace on pg_namespace.oid = pronamespace where nspname = 'public'
     ) as objects
     where pg_has_role(?, owner, 'MEMBER')
     order by kind, name`,
    [serviceRole],
  );
  if (owned.length > 0) {
    const names = owned.map(({ kind, name }) => `${kind} ${name}`);
    throw new ServiceRoleError(
      `DATABASE_URL logs in as ${serviceRole}, which owns (itself or through a role it is a member of) ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}: make MIGRATION_DATABASE_URL's role their owner first (in that database, as a superuser: REASSIGN OWNED BY ${serviceRole} TO <that role>)`,
    );
  }
}

/** Privileges on a table, and on its columns, that a role may hold. */
const TABLE_PRIVILEGES = [
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'TRUNCATE',
  'REFERENCES',
  'TRIGGER',
];
const COLUMN_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'REFERENCES'];

/**
 * Closes the service's database to everybody but the owner and the service's role, before
 * anything is migrated into it and again at every start: CONNECT only for the service's role,
 * no TEMPORARY (a temporary table of the same name would stand in for a table of the record), no
 * CREATE in schema public (before PostgreSQL 15 everyone had it: a function there could stand in
 * for one a trigger calls), and nothing of the tables, sequences and functions for PUBLIC.
 */
async function closeDatabase(tx: EntityManager, serviceRole: string): Promise<void> {
  const role = quoted(serviceRole);
  const [{ database }] = await tx.execute<[{ database: string }]>(
    'select current_database() as database',
  );
  await tx.execute(`revoke all on database ${quoted(database)} from public, ${role}`);
  await tx.execute(`grant connect on database ${quoted(database)} to ${role}`);
  await tx.execute(`revoke all on schema public from public, ${role}`);
  await tx.execute(`grant usage on schema public to ${role}`);
  for (const kind of ['tables', 'sequences', 'functions']) {
    await tx.execute(`revoke all on all ${kind} in schema public from public`);
  }
}

/** The database closed (closeDatabase) before the owner migrates anything into it. */
export async function closeNewDatabase(owner: MikroORM, serviceRole: string): Promise<void> {
  await owner.em.fork().transactional((tx) => closeDatabase(tx, serviceRole));
}

/**
 * What the service's role can do in fact, whatever granted it (PUBLIC, a role it is a member
 * of): nothing on a table or column beyond what the service was given, no CREATE or TEMPORARY on
 * the database, and no SECURITY DEFINER function it could call (it would run as its owner).
 */
async function extraRights(
  tx: EntityManager,
  serviceRole: string,
  given: Map<string, readonly TablePrivilege[]>,
): Promise<string[]> {
  const extras: string[] = [];
  // What the role holds on every table and column, in two statements; compared below with what
  // it was given.
  const heldOnTables = await tx.execute<{ table_name: string; privilege: string }[]>(
    `select table_name, privilege
       from information_schema.tables cross join unnest(?::text[]) as privilege
      where table_schema = 'public'
        and has_table_privilege(?, format('public.%I', table_name), privilege)`,
    [`{${TABLE_PRIVILEGES.join(',')}}`, serviceRole],
  );
  const heldOnColumns = await tx.execute<
    { table_name: string; column_name: string; privilege: string }[]
  >(
    `select table_name, column_name, privilege
       from information_schema.columns cross join unnest(?::text[]) as privilege
      where table_schema = 'public'
        and has_column_privilege(?, format('public.%I', table_name), column_name, privilege)
      order by table_name, ordinal_position`,
    [`{${COLUMN_PRIVILEGES.join(',')}}`, serviceRole],
  );
  for (const [table, privileges] of given) {
    const whole = new Set<string>(privileges.filter((privilege) => !privilege.includes('(')));
    const onTable = new Set(
      heldOnTables.filter((row) => row.table_name === table).map((row) => row.privilege),
    );
    for (const privilege of TABLE_PRIVILEGES) {
      if (onTable.has(privilege) && !whole.has(privilege)) extras.push(`${privilege} on ${table}`);
    }
    for (const { column_name: column, privilege } of heldOnColumns.filter(
      (row) => row.table_name === table,
    )) {
      if (whole.has(privilege)) continue;
      const granted = privileges.some(
        (given) =>
          given.startsWith(`${privilege} (`) &&
          given
            .slice(privilege.length + 2, -1)
            .split(/,\s*/)
            .includes(column),
      );
      if (!granted) extras.push(`${privilege} (${column}) on ${table}`);
    }
  }
  const [database] = await tx.execute<[{ creates: boolean; temporary: boolean }]>(
    `select has_database_privilege(?, current_database(), 'CREATE') as creates,
            has_database_privilege(?, current_database(), 'TEMPORARY') as temporary`,
    [serviceRole, serviceRole],
  );
  if (database.creates) extras.push('CREATE on the database');
  if (database.temporary) extras.push('TEMPORARY on the database');
  const [{ creates }] = await tx.execute<[{ creates: boolean }]>(
    "select has_schema_privilege(?, 'public', 'CREATE') as creates",
    [serviceRole],
  );
  if (creates) extras.push('CREATE in schema public');
  const definers = await tx.execute<{ name: string }[]>(
    `select proname as name from pg_proc join pg_namespace on pg_namespace.oid = pronamespace
      where prosecdef and nspname not in ('pg_catalog', 'information_schema')
        and has_function_privilege(?, pg_proc.oid, 'EXECUTE')`,
    [serviceRole],
  );
  extras.push(...definers.map(({ name }) => `EXECUTE of the SECURITY DEFINER function ${name}`));
  return extras;
}

/**
 * Grants the service role its rights on the migrated database, in one transaction, on every
 * start (a new migration's tables included), and checks what it can do in fact: the database
 * closed to others (closeDatabase), rows of every table — fewer where `restricted` says so — and
 * the use of their sequences, nothing on the migration bookkeeping; never TRUNCATE, REFERENCES
 * or TRIGGER. Replicas starting at once take turns.
 */
export async function grantServiceRole(
  owner: MikroORM,
  serviceRole: string,
  restricted: ServicePrivileges = {},
): Promise<void> {
  const role = quoted(serviceRole);
  await owner.em.fork().transactional(async (tx) => {
    await tx.execute("select pg_advisory_xact_lock(hashtext('wohnnetz:service-role-grants'))");
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
    await closeDatabase(tx, serviceRole);
    const given = new Map<string, readonly TablePrivilege[]>();
    for (const table of [...tables].sort()) {
      const privileges = table.startsWith(MIGRATIONS_PREFIX)
        ? []
        : (restricted[table] ?? ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
      given.set(table, privileges);
      await tx.execute(`revoke all on table ${quoted(table)} from ${role}`);
      if (privileges.length > 0) {
        await tx.execute(`grant ${privileges.join(', ')} on table ${quoted(table)} to ${role}`);
      }
    }
    const sequences = await tx.execute<{ sequencename: string }[]>(
      "select sequencename from pg_sequences where schemaname = 'public' order by sequencename",
    );
    for (const { sequencename } of sequences) {
      await tx.execute(`revoke all on sequence ${quoted(sequencename)} from ${role}`);
      if (!sequencename.startsWith(MIGRATIONS_PREFIX)) {
        await tx.execute(`grant usage, select on sequence ${quoted(sequencename)} to ${role}`);
      }
    }
    const extras = await extraRights(tx, serviceRole, given);
    if (extras.length > 0) {
      throw new ServiceRoleError(
        `DATABASE_URL's role ${serviceRole} can do more than the service was given, through a role it is a member of: ${extras.join(', ')}; revoke that first`,
      );
    }
  });
}

/**
 * On the service's own connection: the database it reaches is the one the owner prepared (its
 * migrations table belongs to the owner), not a namesake on another server.
 */
export async function assertPreparedBy(service: MikroORM, ownerRole: string): Promise<void> {
  const rows = await service.em
    .fork()
    .execute<{ tableowner: string }[]>(
      "select tableowner from pg_tables where schemaname = 'public' and tablename = ?",
      [MIGRATIONS_PREFIX],
    );
  if (rows[0]?.tableowner !== ownerRole) {
    throw new ServiceRoleError(
      `DATABASE_URL reaches a database that MIGRATION_DATABASE_URL's role ${ownerRole} did not prepare: do both name the same server?`,
    );
  }
}
