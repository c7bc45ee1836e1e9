/**
 * Stops this process's clock at `now` (in a jest test) until `jest.useRealTimers()`: only `Date`
 * is faked, timers, microtasks and the performance clock run on, so servers and database drivers
 * in the process work as usual. Tokens are minted and checked on the same stopped clock.
 * PostgreSQL's `now()` runs on (the services decide on the process's clock).
 */
export function stopClock(now: number): void {
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
}

/** Runs `run` with this process's clock stopped at `now` (`stopClock`), then lets it run on. */
export async function atInstant<T>(now: number, run: () => Promise<T>): Promise<T> {
  stopClock(now);
  try {
    return await run();
  } finally {
    jest.useRealTimers();
  }
}
