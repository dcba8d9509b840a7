import type { Field } from '../model/field-catalogue';
import { nameScore } from './suggest';
import type { BodyProperty } from './types';

/** The longest value MangoApps is known to send per field type; text fields have no known limit. */
const KNOWN_MAX: Partial<Record<Field['type'], number>> = { date: 10, boolean: 5 };

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

function formatProblem(field: Field, format: string, name: string): string | null {
  switch (format) {
    case 'email':
      return field.type === 'email'
        ? null
        : `${name} must be an email address; ${field.key} is a ${field.type} field`;
    case 'date':
      return field.type === 'date'
        ? null
        : `${name} must be a date (yyyy-mm-dd); ${field.key} is a ${field.type} field`;
    case 'date-time':
      return field.type === 'date'
        ? `${name} must be a date-time; MangoApps sends ${field.key} as a date (yyyy-mm-dd) without a time`
        : `${name} must be a date-time; ${field.key} is a ${field.type} field`;
    case 'uri':
    case 'url':
      return field.type === 'string' ? null : `${name} must be a URI; ${field.key} is a ${field.type} field`;
    default:
      return null;
  }
}

function typeProblem(field: Field, type: string, name: string): string | null {
  const types = type.split('|');
  if (types.includes('string')) return null;
  if (types.includes('boolean'))
    return field.type === 'boolean'
      ? `${name} must be a JSON boolean; MangoApps sends ${field.key} as the text "true"/"false"`
      : `${name} must be a boolean; ${field.key} is a ${field.type} field sent as text`;
  if (types.includes('integer') || types.includes('number'))
    return `${name} must be a JSON ${types.includes('integer') ? 'integer' : 'number'}; MangoApps sends ${field.key} as text`;
  if (types.includes('object') || types.includes('array'))
    return `${name} must be a JSON ${types.includes('array') ? 'array' : 'object'}; MangoApps sends ${field.key} as text`;
  return null;
}

function enumProblem(field: Field, allowed: readonly unknown[], name: string): string | null {
  if (field.type !== 'enum' || !field.options || field.options.length === 0)
    return `${name} accepts only ${list(allowed)}; ${field.key} can hold any text`;
  const accepted = new Set(allowed.filter((v): v is string => typeof v === 'string'));
  const refused = field.options.filter((o) => !accepted.has(o));
  return refused.length === 0
    ? null
    : `${name} does not accept ${list(refused)}, which ${field.key} can hold (accepts ${list(allowed)})`;
}

/**
 * What in a MangoApps field's values the property cannot take: a JSON type other than text (MangoApps
 * sends every value as a string), a format the field type does not guarantee, enum values the property
 * refuses, or a maxLength shorter than the field's values can be.
 */
export function typeProblems(field: Field, prop: BodyProperty): string[] {
  const name = `"${prop.name}"`;
  const out: string[] = [];
  if (prop.type !== undefined) {
    const p = typeProblem(field, prop.type, name);
    if (p) out.push(p);
  }
  if (prop.format !== undefined) {
    const p = formatProblem(field, prop.format.toLowerCase(), name);
    if (p) out.push(p);
  }
  if (prop.enum && prop.enum.length > 0) {
    const p = enumProblem(field, prop.enum, name);
    if (p) out.push(p);
  }
  if (prop.max_length !== undefined) {
    const longest =
      field.type === 'enum' && field.options
        ? Math.max(...field.options.map((o) => o.length))
        : KNOWN_MAX[field.type];
    if (longest === undefined || longest > prop.max_length)
      out.push(`${name} takes at most ${prop.max_length} characters; ${field.key} values can be longer`);
  }
  return out;
}

/**
 * The suggestion shown with a finding about a property: the closest MangoApps field that fits it, other
 * than `except`; `minScore` 2 asks for a same-name or synonym match, not a mere substring.
 */
export function suggestionFor(
  prop: BodyProperty,
  fields: readonly Field[],
  except?: string,
  minScore = 1,
): string | null {
  let best: Field | null = null;
  let bestScore = minScore - 1;
  for (const f of fields) {
    if (f.key === except) continue;
    const s = nameScore(f, prop);
    if (s > bestScore) {
      best = f;
      bestScore = s;
    }
  }
  return best ? `map it from ${best.key} (${best.label})` : null;
}
