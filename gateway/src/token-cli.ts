/**
 * `pnpm token --agency <id> [--role <role>]… [--expires-in 8h]`: prints one token of the
 * development issuer for a demo agency, and nothing else, on stdout.
 * `pnpm token --list`: the demo agency ids with their kinds, one per line.
 */
import { parseArgs } from 'node:util';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { DEMO_AGENCIES } from '@wohnnetz/demo-data';
import { loadDevIssuer } from './auth/dev-issuer';
import { DEFAULT_DEV_ISSUER_DIR } from './env';

// `pnpm token --list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      agency: { type: 'string' },
      role: { type: 'string', multiple: true },
      'expires-in': { type: 'string', default: '8h' },
      list: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.list) {
    for (const agency of DEMO_AGENCIES) console.log(`${agency.id}\t${agency.kind}`);
    return;
  }
  if (!values.agency) throw new Error('usage: pnpm token --agency <id> [--role <role>] | --list');
  if (!DEMO_AGENCIES.some((agency) => agency.id === values.agency)) {
    throw new Error(`unknown demo agency "${values.agency}" (see pnpm token --list)`);
  }
  const roles = consentPolicy().roles;
  for (const role of values.role ?? []) {
    if (!roles.includes(role))
      throw new Error(`unknown role "${role}"; roles: ${roles.join(', ')}`);
  }
  if (!/^\d+[smhd]$/.test(values['expires-in'])) {
    throw new Error('--expires-in takes a duration like 30m, 8h or 2d');
  }
  const issuer = await loadDevIssuer(process.env.DEV_ISSUER_DIR ?? DEFAULT_DEV_ISSUER_DIR);
  process.stdout.write(
    `${await issuer.mint({ agencyId: values.agency, roles: values.role, expiresIn: values['expires-in'] })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
