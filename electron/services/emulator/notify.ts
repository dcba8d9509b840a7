import type { FieldRecord } from './field-values';
import { fitValue, sameValue } from './field-values';
import type { Field, WebhookKind } from './types';
import type { StoredConfig } from './webhooks-store';
import type { Detail } from './wire-schemas';
import { isObject } from './wire-schemas';

/** What a notify call comes to, before it is put on the wire. */
export type NotifyOutcome =
  | { status: 200; id: string; updated_fields: string[] }
  | { status: 404 | 422; code: string; message: string; details?: Detail[] };

/** What the notify endpoint works on. */
export interface NotifyTarget {
  kind: WebhookKind;
  config: StoredConfig;
  catalogue: readonly Field[];
  /** The records the identifier is looked up in (users or locations); changed in place on success. */
  records: FieldRecord[];
  /** All users, for `user`-type values such as manager. */
  users: FieldRecord[];
}

/**
 * Applies a third party's notify body: finds the record by the identifier row's value (emails
 * case-insensitively, everything else exactly), checks every other mapped value against its field type,
 * and only then writes them all. Body keys that are not an input parameter's api_field are ignored.
 */
export function applyNotify(target: NotifyTarget, body: unknown): NotifyOutcome {
  const noun = target.kind === 'profile' ? 'user' : 'location';
  const invalid = (message: string, details?: Detail[]): NotifyOutcome => ({
    status: 422,
    code: 'invalid',
    message,
    ...(details ? { details } : {}),
  });
  if (!isObject(body)) return invalid('The body must be a JSON object');
  const rows = target.config.input_parameters;
  const idRow = rows.find((r) => r.identifier);
  if (!idRow) return invalid(`No input parameters with a ${noun} identifier are configured`);
  const fields = new Map(target.catalogue.map((f) => [f.key, f]));
  const findUser = (ref: string): FieldRecord | undefined =>
    target.users.find(
      (u) =>
        u.id === ref ||
        u.fields['email']?.toLowerCase() === ref.toLowerCase() ||
        u.fields['employee_id'] === ref,
    );

  const idField = fields.get(idRow.mangoapps_field);
  const idRaw = body[idRow.api_field];
  if (idRaw === undefined || idRaw === null || idRaw === '') {
    return invalid(`The ${noun} identifier "${idRow.api_field}" is missing`, [
      { path: idRow.api_field, message: 'required' },
    ]);
  }
  const idFit = idField
    ? fitValue(idField, idRaw, findUser)
    : { ok: false as const, message: 'unknown field' };
  if (!idFit.ok || idFit.value === null) {
    return invalid('Validation failed', [
      { path: idRow.api_field, message: idFit.ok ? 'required' : idFit.message },
    ]);
  }
  const record = target.records.find((r) =>
    sameValue(idField, r.fields[idRow.mangoapps_field] ?? null, idFit.value),
  );
  if (!record) {
    return {
      status: 404,
      code: 'not_found',
      message: `No ${noun} with ${idRow.mangoapps_field} "${idFit.value}"`,
    };
  }

  const changes = new Map<string, string | null>();
  const details: Detail[] = [];
  for (const row of rows) {
    if (row === idRow || !(row.api_field in body)) continue;
    const field = fields.get(row.mangoapps_field);
    if (!field) continue;
    const fit = fitValue(field, body[row.api_field], findUser);
    if (!fit.ok) {
      details.push({ path: row.api_field, message: fit.message });
      continue;
    }
    const clash =
      field.unique && fit.value !== null
        ? target.records.find((r) => r !== record && sameValue(field, r.fields[field.key] ?? null, fit.value))
        : undefined;
    if (clash)
      details.push({ path: row.api_field, message: `${field.key}: already used by ${noun} ${clash.id}` });
    else changes.set(field.key, fit.value);
  }
  if (details.length > 0) return invalid('Validation failed', details);

  // All values fit; write them in one go and report only the fields whose value really changed.
  const updated: string[] = [];
  for (const [key, value] of changes) {
    const before = record.fields[key] ?? null;
    if (before === value) continue;
    record.fields[key] = value;
    updated.push(key);
  }
  return { status: 200, id: record.id, updated_fields: updated };
}
