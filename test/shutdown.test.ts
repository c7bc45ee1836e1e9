/**
 * `pnpm start` stops the services in order on Ctrl-C (packages/hub/src/start.ts). Apollo Server
 * would also stop each server on SIGINT/SIGTERM outside NODE_ENV=test; racing ours, its stop left
 * the hub's own stop waiting forever (the ORMs never closed, the process lingered ~30 s).
 */
import { startTestHub } from '@wohnnetz/testing';

test('no service of the hub registers termination-signal handlers of its own', async () => {
  const nodeEnv = process.env.NODE_ENV;
  const before = ['SIGINT', 'SIGTERM'].map((signal) => process.listenerCount(signal));
  process.env.NODE_ENV = 'development';
  try {
    const hub = await startTestHub({ households: 1 });
    try {
      const during = ['SIGINT', 'SIGTERM'].map((signal) => process.listenerCount(signal));
      expect(during).toEqual(before);
    } finally {
      await hub.stop();
    }
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 60_000);
