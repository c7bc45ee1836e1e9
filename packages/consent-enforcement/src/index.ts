export * from './consent-guard';
export * from './consent-shield';
export * from './decision-service';
export * from './decision-wire';
export * from './interner';
export * from './denial';
