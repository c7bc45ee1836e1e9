import { exitOnStop } from '@wohnnetz/service-kit';
import { gatewayConfigFromEnv } from './env';
import { gatewayOptionsFrom } from './gateway-options';
import { startGateway } from './server';

async function main(): Promise<void> {
  const config = gatewayConfigFromEnv();
  const gateway = await startGateway(await gatewayOptionsFrom(config));
  console.log(`gateway ready at ${gateway.url}/graphql`);
  exitOnStop(gateway);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
