import { Client, fetchExchange } from '@urql/core';

export interface WohnnetzClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** The agency user's token (a JWT of the identity provider the gateway trusts). */
  token: string;
  /** The purpose every request of this client declares, e.g. EVICTION_PREVENTION. */
  purpose: string;
}

/**
 * A typed client for the gateway: pass it the documents of `@wohnnetz/client` (e.g.
 * `HouseholdCaseContextDocument`) and results and variables are typed from the API schema.
 */
export function createWohnnetzClient(options: WohnnetzClientOptions): Client {
  return new Client({
    url: options.url,
    exchanges: [fetchExchange],
    // Case data must never be served from a cache: consent can change between two requests.
    requestPolicy: 'network-only',
    preferGetMethod: false,
    fetchOptions: () => ({
      headers: { authorization: `Bearer ${options.token}`, 'x-purpose': options.purpose },
    }),
  });
}
