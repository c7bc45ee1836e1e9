/**
 * `pnpm dev-token --agency <id> [--role <role>]… [--expires-in 8h]`: prints one token of the
 * development issuer for a demo agency, and nothing else, on stdout.
 * `pnpm dev-token --list`: the demo agency ids with their kinds, one per line. `--help`: the usage.
 */
import { parseArgs } from 'node:util';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { DEMO_AGENCIES } from '@wohnnetz/demo-data';
import { loadDevIssuer } from './auth/dev-issuer';
import { DEFAULT_DEV_ISSUER_DIR } from './env';

// `pnpm dev-token --list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const USAGE = `usage: pnpm dev-token --agency <id> [--role <role>]… [--expires-in 8h]
       pnpm dev-token --list
Prints a token of the development issuer for a demo agency, and nothing else, on stdout.
  --agency      a demo agency id (pnpm dev-token --list shows them)
  --role        a role of the consent policy (default: the agency kind's default role)
  --expires-in  1s to 30d, e.g. 30m, 8h or 2d (default 8h)`;

const SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
const MAX_LIFETIME_SECONDS = 30 * SECONDS.d;

/** A token lifetime such as 30m, 8h or 2d, from one second to 30 days. */
function lifetime(text: string): string {
  const match = /^(\d+)([smhd])$/.exec(text);
  const seconds = match ? Number(match[1]) * SECONDS[match[2] as keyof typeof SECONDS] : 0;
  if (seconds < 1 || seconds > MAX_LIFETIME_SECONDS) {
    throw new Error('--expires-in takes a duration from 1s to 30d, like 30m, 8h or 2d');
  }
  return text;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      agency: { type: 'string' },
      role: { type: 'string', multiple: true },
      'expires-in': { type: 'string', default: '8h' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.list) {
    for (const agency of DEMO_AGENCIES) console.log(`${agency.id}\t${agency.kind}`);
    return;
  }
  if (!values.agency) throw new Error(USAGE);
  const agency = DEMO_AGENCIES.find((candidate) => candidate.id === values.agency);
  if (!agency) {
    throw new Error(`unknown demo agency "${values.agency}" (see pnpm dev-token --list)`);
  }
  const policy = consentPolicy();
  for (const role of values.role ?? []) {
    if (!policy.roles.includes(role))
      throw new Error(`unknown role "${role}"; roles: ${policy.roles.join(', ')}`);
    // A token whose role the gateway ignores for this kind of agency could do nothing.
    if (policy.rolesFor([role], agency.kind).length === 0)
      throw new Error(`the role "${role}" is not meant for a ${agency.kind}`);
  }
  const expiresIn = lifetime(values['expires-in']);
  // An empty DEV_ISSUER_DIR counts as unset (mkdir '' would fail).
  const issuer = await loadDevIssuer(process.env.DEV_ISSUER_DIR || DEFAULT_DEV_ISSUER_DIR);
  process.stdout.write(
    `${await issuer.mint({ agencyId: values.agency, roles: values.role, expiresIn })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
