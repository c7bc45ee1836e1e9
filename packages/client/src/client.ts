import { Client, fetchExchange } from '@urql/core';

export interface WohnnetzClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
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
    fetchOptions: () => ({ headers: { ...options.headers } }),
  });
}
