export * from './hub';
export * from './subgraphs';
