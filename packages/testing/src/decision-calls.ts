import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { DECISIONS_PATH } from '@wohnnetz/consent-enforcement';

/**
 * Counts the decision calls the consent registry of a hub in this process receives, where they
 * arrive (Node's `http.server.request.start` diagnostics channel), until `stop()`.
 */
export function countDecisionCalls() {
  let calls = 0;
  const listener = (message: unknown) => {
    const { request } = message as { request: IncomingMessage };
    if (request.url === DECISIONS_PATH) calls += 1;
  };
  subscribe('http.server.request.start', listener);
  return {
    get calls() {
      return calls;
    },
    stop: () => unsubscribe('http.server.request.start', listener),
  };
}
