export * from './engine';
export * from './harness-service';
