export * from './graphql-request';
export * from './test-hub';
export * from './test-subgraph';
export * from './consent-grants';
export * from './case-context';
export * from './scratch-database';
export * from './access-log';
export * from './decision-calls';
