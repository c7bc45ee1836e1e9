import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningService {
  /** Base URL, e.g. http://127.0.0.1:4001 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and resolves once the port is bound. */
export async function listen(
  httpServer: Server,
  port: number,
  host = '0.0.0.0',
): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const bound = (httpServer.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${bound}`, port: bound };
}

export function createHttpServer(app: Express): Server {
  return createServer(app);
}
