import type { Field } from '../../../shared/model/field-catalogue';

/** At most this many options are shown; typing narrows a long catalogue down. */
export const MAX_OPTIONS = 100;

/**
 * Fields whose label or key contains the query (case-insensitive), best first: an exact key or label,
 * then prefix matches, then the rest in catalogue order.
 */
export function filterFields(fields: readonly Field[], query: string): Field[] {
  const q = query.trim().toLowerCase();
  if (q === '') return fields.slice(0, MAX_OPTIONS);
  const scored: { field: Field; score: number; at: number }[] = [];
  fields.forEach((field, at) => {
    const label = field.label.toLowerCase();
    const key = field.key.toLowerCase();
    let score = -1;
    if (key === q || label === q) score = 0;
    else if (label.startsWith(q) || key.startsWith(q)) score = 1;
    else if (label.includes(q) || key.includes(q)) score = 2;
    if (score >= 0) scored.push({ field, score, at });
  });
  scored.sort((a, b) => a.score - b.score || a.at - b.at);
  return scored.slice(0, MAX_OPTIONS).map((s) => s.field);
}

/** Whether a field's label or key contains the query (case-insensitive); a blank query matches all. */
export function fieldMatches(field: Field, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || field.label.toLowerCase().includes(q) || field.key.toLowerCase().includes(q);
}

/** The field a typed text names exactly (by key or label), for committing a typed value on blur. */
export function exactField(fields: readonly Field[], text: string): Field | undefined {
  const q = text.trim().toLowerCase();
  return fields.find((f) => f.key.toLowerCase() === q || f.label.toLowerCase() === q);
}

/** What the picker shows for a stored key: its label, or the bare key when the catalogue lacks it. */
export function displayOf(fields: readonly Field[], key: string): string {
  if (key === '') return '';
  return fields.find((f) => f.key === key)?.label ?? key;
}
