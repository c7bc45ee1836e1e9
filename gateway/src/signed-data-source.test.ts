import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateGatewaySigningKeys } from '@wohnnetz/service-kit';
import { SignedDataSource } from './signed-data-source';
import type { GatewayContext } from './request-context';

/** A server that takes the call and never answers it, as a subgraph that hangs. */
let hanging: Server;
let url: string;

beforeAll(async () => {
  hanging = createServer(() => undefined);
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  hanging.closeAllConnections();
  await new Promise((resolve) => hanging.close(resolve));
});

test('a subgraph that does not answer in time withholds its fields: SERVICE_UNAVAILABLE', async () => {
  const keys = await generateGatewaySigningKeys();
  const source = new SignedDataSource('housing', url, keys.active, 1_000_000, 200);
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const started = Date.now();
    // What process() does once the call is signed (sendRequest is not part of the typed API).
    const send = (source as unknown as { sendRequest: (...args: unknown[]) => Promise<unknown> })
      .sendRequest;
    await expect(
      send.call(
        source,
        {
          query: '{ households(first: 1) { totalCount } }',
          http: { url, method: 'POST', headers: new Map() },
        } as never,
        {} as GatewayContext,
      ),
    ).rejects.toMatchObject({
      message:
        'the housing service did not answer: its fields are null in this answer (withheld, not empty); ask again later',
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'housing' },
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    spy.mockRestore();
  }
});
