export * from './graphql-request';
export * from './test-hub';
