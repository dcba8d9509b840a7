// Plain data without schemas, so code that needs only the table names does not bring the schema library.

/** The names of the three mapping tables, used in problem paths and the UI. */
export const MAPPING_TABLES = ['request_parameters', 'response_parameters', 'input_parameters'] as const;
export type MappingTable = (typeof MAPPING_TABLES)[number];
