import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { describeForLog } from './error-log';

export interface RunningService {
  /** Base URL, e.g. http://127.0.0.1:4001 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Where a service listens. */
export interface ListenOptions {
  /** The service, for the message when its port is taken. */
  service: string;
  /** 0 picks a free port. */
  port: number;
  /**
   * The interface: all of them by default (a service alone runs in a container, reached from
   * the others); `pnpm start` and the tests take 127.0.0.1, where the services are on one machine.
   */
  host?: string;
}

/** Listens and resolves once the port is bound. */
export async function listen(
  httpServer: Server,
  { service, port, host = '0.0.0.0' }: ListenOptions,
): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `${service} cannot listen on ${host}:${port}: the port is taken (stop what uses it)`,
              { cause: error },
            )
          : error,
      );
    httpServer.once('error', failed);
    httpServer.listen(port, host, () => {
      httpServer.off('error', failed);
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
        console.error('stopping failed:', describeForLog(error, { stack: true }));
        process.exit(1);
      },
    );
  };
  for (const event of events) process.on(event, stop);
}
