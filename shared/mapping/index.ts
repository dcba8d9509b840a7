export * from './events';
export * from './format';
export * from './notify-payload';
export * from './paths';
export * from './request-json';
export * from './request-plan';
export * from './response';
export * from './write-back';
