import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testDatabaseUrl } from './test-hub';

export interface TestServiceRole {
  role: string;
  /** The test server as this role. */
  url: string;
  /** Drops the role; the databases it has rights on must be dropped first. */
  drop(): Promise<void>;
}

async function onTestServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A login role of its own on the test server (no superuser, no database of its own), for a
 * service that runs as a role other than its tables' owner (`serviceRoleUrl`).
 */
export async function createServiceRole(): Promise<TestServiceRole> {
  const role = `wn_test_service_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await onTestServer(`create role ${role} login nosuperuser nocreatedb password '${password}'`);
  const url = new URL(testDatabaseUrl());
  url.username = role;
  url.password = password;
  return { role, url: url.toString(), drop: () => onTestServer(`drop role if exists ${role}`) };
}
