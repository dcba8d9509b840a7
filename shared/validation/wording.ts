import type { WebhookKind } from '../model/field-catalogue';
import type { MappingTable } from '../model/webhook';

const MAX_SHOWN = 60;

/** A user value in quotes, shortened so a pasted paragraph does not swamp the problems list. */
export function quote(value: string): string {
  return value.length > MAX_SHOWN ? `"${value.slice(0, MAX_SHOWN - 1)}…"` : `"${value}"`;
}

/** 1-based row numbers as people read them: "row 3", "rows 2 and 5", "rows 1, 2, 3, 4, 5 and 7 more". */
export function rowList(indices: readonly number[]): string {
  const shown = indices.slice(0, 5).map((i) => String(i + 1));
  if (indices.length === 1) return `row ${shown[0]}`;
  if (indices.length > 5) return `rows ${shown.join(', ')} and ${indices.length - 5} more`;
  return `rows ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Readable list of words: "a", "a or b", "a, b or c". */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The contract's section holding a table: request/response parameters are outgoing, input parameters incoming. */
export function tablePath(kind: WebhookKind, table: MappingTable): string {
  return `${kind}.${table === 'input_parameters' ? 'incoming' : 'outgoing'}.${table}`;
}

/** The contract's name of the identifier flag of an input row. */
export function identifierWireName(kind: WebhookKind): 'user_identifier' | 'location_identifier' {
  return kind === 'profile' ? 'user_identifier' : 'location_identifier';
}

/** "user identifier" or "location identifier", as the Admin Portal's checkbox says. */
export function identifierLabel(kind: WebhookKind): string {
  return kind === 'profile' ? 'user identifier' : 'location identifier';
}
