import type { Field } from '../model/field-catalogue';
import type { Webhook } from '../model/webhook';
import { formatterFor } from './format';
import { readResponse } from './response';

/** What one response parameter would do to the profile. */
export interface WriteBackEntry {
  rowId: string;
  api_field: string;
  /** The profile field written. */
  key: string;
  label: string;
  current: string | null;
  /** The value after write-back; equals `current` when the answer lacks the field (nothing is written). */
  next: string | null;
  flags: {
    /** The answer empties a field that has a value. */
    blanks: boolean;
    /** The request also sends this field, so the third party's answer overwrites what MangoApps sent. */
    overwritesSent: boolean;
    /** The answer has no such field: nothing is written, and the delivery's expectation fails. */
    missing: boolean;
    /** The value would not change. */
    unchanged: boolean;
  };
}

/**
 * Previews the write-back of a response, field by field: the current profile value, the value the answer
 * would write (formatted as the catalogue type says) and the flags an admin must see before going live.
 */
export function writeBackPreview(
  webhook: Webhook,
  profile: Readonly<Record<string, unknown>>,
  responseJson: unknown,
  catalogue: readonly Field[],
): WriteBackEntry[] {
  const fields = new Map(catalogue.map((f) => [f.key, f]));
  const sent = new Set(webhook.outgoing.request_parameters.map((r) => r.mangoapps_field));
  const read = readResponse(webhook.outgoing.response_parameters, responseJson);
  return read.values.map((v) => {
    const field = fields.get(v.key);
    const format = formatterFor(field);
    const current = format(profile[v.key]);
    const next = v.found ? format(v.value) : current;
    return {
      rowId: v.rowId,
      api_field: v.api_field,
      key: v.key,
      label: field?.label ?? v.key,
      current,
      next,
      flags: {
        blanks: v.found && next === null && current !== null,
        overwritesSent: sent.has(v.key),
        missing: !v.found,
        unchanged: v.found && next === current,
      },
    };
  });
}

/** The profile after a write-back preview is applied (fields the answer lacked keep their value). */
export function applyWriteBack(
  profile: Readonly<Record<string, unknown>>,
  preview: readonly WriteBackEntry[],
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...profile };
  for (const entry of preview) if (!entry.flags.missing) next[entry.key] = entry.next;
  return next;
}
