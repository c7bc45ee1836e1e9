export * from './hub';
export * from './subgraphs';
export { hubEnvSchema } from './env';
