/**
 * `pnpm -s signing-key`: prints a JWKS with one new private key for the gateway's
 * GATEWAY_SIGNING_KEYS_FILE (EC P-256, with a kid). To rotate, put the new key first in the file
 * and keep the old one listed for a minute (docs/security.md).
 */
import { newPrivateSigningJwk } from '@wohnnetz/service-kit';

newPrivateSigningJwk()
  .then((key) => console.log(JSON.stringify({ keys: [key] }, null, 2)))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
