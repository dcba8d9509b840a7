export * from './builtin';
export * from './csv';
export * from './csv-columns';
export * from './identifier-check';
export * from './samples-json';
export * from './schema';
export * from './users-csv';
export * from './value-check';
