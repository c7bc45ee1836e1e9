/**
 * Runs `run` (in a jest test) with this process's clock stopped at `now`: only `Date` is faked,
 * timers, microtasks and the performance clock run on, so servers and database drivers in the
 * process work as usual. Tokens are minted and checked on the same stopped clock. PostgreSQL's
 * `now()` runs on (the services decide on the process's clock).
 */
export async function atInstant<T>(now: number, run: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
  try {
    return await run();
  } finally {
    jest.useRealTimers();
  }
}
