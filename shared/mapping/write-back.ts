import type { Field } from '../model/field-catalogue';
import type { Webhook } from '../model/webhook';
import { formatterFor, type Formatter } from './format';
import { planFor } from './request-plan';
import { readResponse } from './response';

interface FieldInfo {
  field: Field;
  format: Formatter;
}

// Catalogues are long-lived and replaced rather than edited; the size check catches an in-place push.
const fieldCache = new WeakMap<readonly Field[], { size: number; byKey: Map<string, FieldInfo> }>();

function fieldsOf(catalogue: readonly Field[]): Map<string, FieldInfo> {
  const cached = fieldCache.get(catalogue);
  if (cached && cached.size === catalogue.length) return cached.byKey;
  const byKey = new Map(catalogue.map((f) => [f.key, { field: f, format: formatterFor(f) }]));
  fieldCache.set(catalogue, { size: catalogue.length, byKey });
  return byKey;
}

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
  const fields = fieldsOf(catalogue);
  const sent = planFor(webhook.outgoing.request_parameters, catalogue).sentKeys;
  const read = readResponse(webhook.outgoing.response_parameters, responseJson);
  return read.values.map((v) => {
    const info = fields.get(v.key);
    const field = info?.field;
    const format = info?.format ?? formatterFor(undefined);
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
