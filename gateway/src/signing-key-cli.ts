/**
 * `pnpm -s signing-key`: prints a JWKS with one new private key for the gateway's
 * GATEWAY_SIGNING_KEYS_FILE (EC P-256, with a kid). To rotate, put the new key first in the file
 * and keep the old one listed for a minute (docs/security.md). `--help`: the usage.
 */
import { parseArgs } from 'node:util';
import { newPrivateSigningJwk } from '@wohnnetz/service-kit';

const USAGE = `usage: pnpm -s signing-key > keys.json
Prints a JWKS with one new private signing key (EC P-256) for GATEWAY_SIGNING_KEYS_FILE, and
nothing else, on stdout. To rotate, put the new key first in the file and keep the old one listed
for a minute.`;

async function main(): Promise<void> {
  // Strict: an unknown option or an argument is refused, not answered with a key.
  const { values } = parseArgs({
    options: { help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  console.log(JSON.stringify({ keys: [await newPrivateSigningJwk()] }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // A mistaken command line (parseArgs' ERR_PARSE_ARGS_… errors) is shown how it is used.
  if ((error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
    console.error(USAGE);
  }
  process.exit(1);
});
