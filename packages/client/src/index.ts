export * from './client.js';
export * from './consent-conflict.js';
export * from './consent-denials.js';
export * from './consents-to-ask-for.js';
export * from './error-codes.js';
export * from './generated/graphql.js';
export * from './request-id.js';
// The urql types the client's answers and helpers are written in, from the urql it is built on.
export type { Client, CombinedError, OperationResult } from '@urql/core';
