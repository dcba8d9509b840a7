import type { Field } from './types';

/** A stored record: a user or a location, values keyed by catalogue key. */
export interface FieldRecord {
  id: string;
  fields: Record<string, string | null>;
}

/** The outcome of fitting an incoming value to its field. */
export type Fit = { ok: true; value: string | null } | { ok: false; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{3,30}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Emails compare case-insensitively (as logins do); every other value exactly. */
export function sameValue(field: Field | undefined, a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return field?.type === 'email' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** A user's display name, as login and `updated_by` show it. */
export function displayName(fields: Record<string, string | null>): string {
  const full = fields['name'] ?? `${fields['first_name'] ?? ''} ${fields['last_name'] ?? ''}`.trim();
  return full || fields['email'] || 'Unknown user';
}

/**
 * Fits a JSON value to a catalogue field, normalising it to the stored string form: booleans as
 * "true"/"false", dates as YYYY-MM-DD, enum values as the option's spelling, user references as the
 * referenced user's email. `null` clears a value. `findUser` resolves a reference by id, email or
 * employee id.
 */
export function fitValue(
  field: Field,
  raw: unknown,
  findUser: (ref: string) => FieldRecord | undefined,
): Fit {
  if (raw === null) return { ok: true, value: null };
  const text = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
  const bad = (why: string): Fit => ({ ok: false, message: `${field.key}: ${why}` });
  switch (field.type) {
    case 'boolean': {
      const value = typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? raw.toLowerCase() : '';
      return value === 'true' || value === 'false' ? { ok: true, value } : bad('expected true or false');
    }
    case 'string':
      return typeof text === 'string' ? { ok: true, value: text } : bad('expected a string');
    case 'email':
      return typeof raw === 'string' && EMAIL.test(raw)
        ? { ok: true, value: raw }
        : bad('expected an email address');
    case 'phone':
      return typeof text === 'string' && PHONE.test(text) && /\d.*\d.*\d/.test(text)
        ? { ok: true, value: text }
        : bad('expected a phone number');
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw)
        ? { ok: true, value: raw }
        : bad('expected an ISO date (YYYY-MM-DD)');
    case 'enum': {
      const options = field.options ?? [];
      const match =
        typeof raw === 'string' ? options.find((o) => o.toLowerCase() === raw.toLowerCase()) : undefined;
      return match !== undefined ? { ok: true, value: match } : bad(`expected one of ${options.join(', ')}`);
    }
    case 'user': {
      const user = typeof text === 'string' ? findUser(text) : undefined;
      return user
        ? { ok: true, value: user.fields['email'] ?? user.id }
        : bad(`no user matches "${String(raw)}"`);
    }
  }
}

function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
