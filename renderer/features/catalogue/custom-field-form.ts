import { FieldSchema, type Field } from '../../../shared/model/field-catalogue';

/** What the add-custom-field form holds while the admin types. */
export interface CustomFieldInput {
  key: string;
  label: string;
  type: Field['type'];
  unique: boolean;
  read_only: boolean;
}

/** Per-input messages of the add-custom-field form. */
export type CustomFieldErrors = Partial<Record<'key' | 'label', string>>;

/**
 * Checks a new custom field with the model's own schema (snake_case key, label length) and against the
 * catalogue it joins (no duplicate key). Returns the field or the messages to show.
 */
export function checkCustomField(
  input: CustomFieldInput,
  existing: readonly Field[],
): { ok: true; field: Field } | { ok: false; errors: CustomFieldErrors } {
  const candidate = { ...input, key: input.key.trim(), label: input.label.trim(), custom: true };
  const parsed = FieldSchema.safeParse(candidate);
  const errors: CustomFieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path[0];
      if ((name === 'key' || name === 'label') && !errors[name]) errors[name] = issue.message;
    }
  }
  if (!errors.key && existing.some((f) => f.key === candidate.key)) {
    errors.key = `A field with the key “${candidate.key}” already exists`;
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, field: parsed.data };
  return { ok: false, errors };
}
