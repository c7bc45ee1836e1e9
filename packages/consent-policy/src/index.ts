export * from './decision';
export * from './policy';
