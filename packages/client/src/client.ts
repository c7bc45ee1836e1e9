import { Client, fetchExchange } from '@urql/core';
import type { Purpose } from './generated/graphql.js';

/**
 * The agency user's token (a JWT of the identity provider the gateway trusts), or a function that
 * returns the current one. The function is called before every request, so a renewed token
 * applies from the next request on.
 */
export type WohnnetzToken = string | (() => string | Promise<string>);

export interface WohnnetzClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** The agency user's token, or a function that returns the current one (see WohnnetzToken). */
  token: WohnnetzToken;
  /** The purpose every request of this client declares, e.g. EVICTION_PREVENTION. */
  purpose: Purpose;
}

/**
 * A typed client for the gateway: pass it the documents of `@wohnnetz/client` (e.g.
 * `HouseholdCaseContextDocument`) and results and variables are typed from the API schema.
 */
export function createWohnnetzClient(options: WohnnetzClientOptions): Client {
  const { url, token, purpose } = options;
  const currentToken = typeof token === 'function' ? token : () => token;
  return new Client({
    url,
    exchanges: [fetchExchange],
    // Case data must never be served from a cache: consent can change between two requests.
    requestPolicy: 'network-only',
    preferGetMethod: false,
    // The global fetch, with the token and the purpose set on each request (urql's fetchOptions
    // cannot wait for a token function that renews the token asynchronously). If the function
    // fails, nothing is sent and the result's error is a network error.
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${await currentToken()}`);
      headers.set('x-purpose', purpose);
      return fetch(input, { ...init, headers });
    },
  });
}
