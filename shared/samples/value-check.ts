import type { Field } from '../model/field-catalogue';

/** A value checked against its field: the normalised text, or why it does not fit. */
export type ValueCheck = { ok: true; value: string } | { ok: false; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{3,30}$/;
const DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})$/;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

function calendarDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return valid ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * Checks a non-empty imported value against its catalogue type (the same rules the domain applies to
 * notify values), normalising booleans, dates and enum spellings.
 */
export function checkValue(field: Field | undefined, raw: string): ValueCheck {
  const text = raw.trim();
  switch (field?.type) {
    case 'email':
      return EMAIL.test(text) ? { ok: true, value: text } : { ok: false, message: 'not an email address' };
    case 'phone':
      return PHONE.test(text) && /\d.*\d.*\d/.test(text)
        ? { ok: true, value: text }
        : { ok: false, message: 'not a phone number' };
    case 'date': {
      const date = calendarDate(text);
      return date ? { ok: true, value: date } : { ok: false, message: `not a date as YYYY-MM-DD: "${raw}"` };
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: 'true' };
      if (FALSE_WORDS.has(word)) return { ok: true, value: 'false' };
      return { ok: false, message: `expected true or false, got "${raw}"` };
    }
    case 'enum': {
      const options = field.options ?? [];
      const match = options.find((o) => o.toLowerCase() === text.toLowerCase());
      return match !== undefined
        ? { ok: true, value: match }
        : { ok: false, message: `expected one of ${options.join(', ')}; got "${raw}"` };
    }
    default:
      return { ok: true, value: raw };
  }
}
