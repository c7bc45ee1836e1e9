export * from './client';
export * from './consent-denials';
export * from './error-codes';
export * from './generated/graphql';
