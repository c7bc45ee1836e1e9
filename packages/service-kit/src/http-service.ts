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

/**
 * A service run on its own stops on these process events: it closes once (later events are
 * ignored) and exits, with 1 if closing failed.
 */
export function exitOnStop(
  service: RunningService,
  events: readonly ('SIGINT' | 'SIGTERM' | 'disconnect')[] = ['SIGINT', 'SIGTERM'],
): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const event of events) process.on(event, stop);
}
