import type { Field } from '../model/field-catalogue';

/** A field catalogue indexed once per validation, so row checks are Map lookups rather than scans. */
export interface FieldIndex {
  byKey: ReadonlyMap<string, Field>;
  /** Labels of fields marked unique, for suggesting an identifier. */
  uniqueLabels: readonly string[];
}

/** Index one catalogue (profile or location) by key; a later duplicate key does not shadow the first. */
export function indexCatalogue(fields: readonly Field[]): FieldIndex {
  const byKey = new Map<string, Field>();
  const uniqueLabels: string[] = [];
  for (const field of fields) {
    if (byKey.has(field.key)) continue;
    byKey.set(field.key, field);
    if (field.unique === true) uniqueLabels.push(field.label);
  }
  return { byKey, uniqueLabels };
}

/** How a field is named in messages: its label with the key, e.g. `"Employee ID" (employee_id)`. */
export function fieldName(field: Field): string {
  return field.label === field.key ? `"${field.key}"` : `"${field.label}" (${field.key})`;
}
