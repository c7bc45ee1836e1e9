import { exitOnStop } from '@wohnnetz/service-kit';
import { gatewayConfigFromEnv } from './env';
import { gatewayOptionsFrom } from './gateway-options';
import { startGateway } from './server';

async function main(): Promise<void> {
  const config = gatewayConfigFromEnv();
  const gateway = await startGateway(await gatewayOptionsFrom(config));
  // Run alone it listens on every interface (listen's default), not only the loopback of its URL.
  console.log(`gateway ready: POST /graphql on port ${gateway.port}, all interfaces`);
  exitOnStop(gateway);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
