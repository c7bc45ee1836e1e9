export * from './client';
export * from './consent-conflict';
export * from './consent-denials';
export * from './consents-to-ask-for';
export * from './error-codes';
export * from './generated/graphql';
export * from './request-id';
// The urql types the client's answers and helpers are written in, from the urql it is built on.
export type { Client, CombinedError, OperationResult } from '@urql/core';
