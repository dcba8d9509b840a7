import type { MappingRow } from '../model/webhook';
import { readPath } from './paths';

/** One response parameter as read from a third party's answer. */
export interface ResponseValue {
  rowId: string;
  api_field: string;
  /** The MangoApps field the value is written to. */
  key: string;
  found: boolean;
  /** The JSON value found (any type); undefined when not found. */
  value: unknown;
}

/** Every response parameter read from an answer, and the API fields the answer lacks. */
export interface ResponseRead {
  values: ResponseValue[];
  /** API fields of response parameters that the answer does not contain. */
  missing: string[];
}

/**
 * Reads each response parameter's `api_field` (dotted paths such as `data.id` allowed) from a parsed JSON
 * answer. Rows without an API field are skipped; an answer that is not an object lacks every field.
 */
export function readResponse(rows: readonly MappingRow[], responseJson: unknown): ResponseRead {
  const values: ResponseValue[] = [];
  const missing: string[] = [];
  for (const row of rows) {
    if (row.api_field === '') continue;
    const read = readPath(responseJson, row.api_field);
    values.push({
      rowId: row.id,
      api_field: row.api_field,
      key: row.mangoapps_field,
      found: read.found,
      value: read.found ? read.value : undefined,
    });
    if (!read.found) missing.push(row.api_field);
  }
  return { values, missing };
}
