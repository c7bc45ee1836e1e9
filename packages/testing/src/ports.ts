import { createServer } from 'node:net';

/**
 * A port on 127.0.0.1 that nothing listens on: one the system just gave a listener of this
 * process, closed again. (A fixed "unused" port such as 1 or 9 may be in use on some machine.)
 */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
