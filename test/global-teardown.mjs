import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export default async function globalTeardown() {
  const postgres = globalThis.__WOHNNETZ_POSTGRES__;
  if (!postgres) return;
  await postgres.stop();
  await rm(dirname(postgres.dataDir), { recursive: true, force: true });
}
