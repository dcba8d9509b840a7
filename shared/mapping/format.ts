import type { Field } from '../model/field-catalogue';

/** Turns one profile value into the string a delivery carries, or null when the value is empty. */
export type Formatter = (raw: unknown) => string | null;

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off']);
const ISO_DATE_START = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const SLASH_DATE = /^(\d{4})\/(\d{2})\/(\d{2})$/;

/** Any value as text: null/undefined/blank → null; objects as JSON so nothing is silently lost. */
export const formatText: Formatter = (raw) => {
  switch (typeof raw) {
    case 'string':
      return raw === '' || raw.trim() === '' ? null : raw;
    case 'number':
      return Number.isFinite(raw) ? String(raw) : null;
    case 'boolean':
    case 'bigint':
      return String(raw);
    case 'undefined':
      return null;
    default:
      if (raw === null) return null;
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
      return JSON.stringify(raw);
  }
};

/** Booleans go out as "true"/"false"; common spellings (yes/no, 1/0, TRUE) are normalised. */
export const formatBoolean: Formatter = (raw) => {
  if (raw === true || raw === 1) return 'true';
  if (raw === false || raw === 0) return 'false';
  const text = formatText(raw);
  if (text === null) return null;
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return 'true';
  if (FALSE_WORDS.has(word)) return 'false';
  return text;
};

/** Dates go out as ISO yyyy-mm-dd; a date-time keeps its calendar date as written (no time-zone shift). */
export const formatDate: Formatter = (raw) => {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return null;
    return new Date(raw).toISOString().slice(0, 10);
  }
  const text = formatText(raw);
  if (text === null) return null;
  const trimmed = text.trim();
  const iso = ISO_DATE_START.exec(trimmed);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const slash = SLASH_DATE.exec(trimmed);
  if (slash) return `${slash[1]}-${slash[2]}-${slash[3]}`;
  return text;
};

/** An enum value is sent with the option's own spelling when it matches one case-insensitively. */
function enumFormatter(options: readonly string[]): Formatter {
  const byLower = new Map(options.map((o) => [o.toLowerCase(), o]));
  return (raw) => {
    const text = formatText(raw);
    if (text === null) return null;
    return byLower.get(text.trim().toLowerCase()) ?? text;
  };
}

/** The formatter for a catalogue field; an unknown field (not in the catalogue) is sent as text. */
export function formatterFor(field: Field | undefined): Formatter {
  switch (field?.type) {
    case 'boolean':
      return formatBoolean;
    case 'date':
      return formatDate;
    case 'enum':
      return field.options && field.options.length > 0 ? enumFormatter(field.options) : formatText;
    default:
      return formatText;
  }
}
