export * from './agencies';
export * from './dates';
export * from './households';
export * from './ids';
export * from './random';
export * from './vocabulary';
