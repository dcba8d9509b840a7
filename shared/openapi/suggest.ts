import type { Field } from '../model/field-catalogue';
import type { MappingRow } from '../model/webhook';
import { squash } from './distance';
import type { ApiOperation, BodyProperty, ResponsePath } from './types';

/** How a suggestion list ranks a name against what was typed: exact, prefix, word start, contains. */
function rank(name: string, lowerQuery: string): number {
  const lower = name.toLowerCase();
  if (lower === lowerQuery) return 0;
  if (lower.startsWith(lowerQuery)) return 1;
  if (lower.includes(`_${lowerQuery}`) || lower.includes(`.${lowerQuery}`)) return 2;
  return lower.includes(lowerQuery) ? 3 : -1;
}

function ranked<T>(items: readonly T[], nameOf: (t: T) => string, query: string, limit: number): T[] {
  const q = query.trim().toLowerCase();
  if (q === '') return items.slice(0, limit);
  const hits: [number, number, T][] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const r = rank(nameOf(item), q);
    if (r >= 0) hits.push([r, i, item]);
  }
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return hits.slice(0, limit).map((h) => h[2]);
}

/** API Field autocomplete for a request row: the body's top-level properties matching what was typed. */
export function suggestRequestFields(op: ApiOperation | null, query: string, limit = 20): BodyProperty[] {
  return op?.request ? ranked(op.request.properties, (p) => p.name, query, limit) : [];
}

/** API Field autocomplete for a response row: dotted paths of the success response. */
export function suggestResponsePaths(op: ApiOperation | null, query: string, limit = 20): ResponsePath[] {
  return op?.response ? ranked(op.response.paths, (p) => p.path, query, limit) : [];
}

/** Names the same thing goes by in HR and identity APIs, squashed, per MangoApps field key. */
const SYNONYMS: Record<string, readonly string[]> = {
  first_name: ['givenname', 'firstname', 'fname', 'forename'],
  last_name: ['familyname', 'lastname', 'surname', 'lname'],
  name: ['displayname', 'fullname', 'name'],
  email: ['email', 'mail', 'emailaddress', 'workemail', 'login', 'username', 'userprincipalname'],
  employee_id: ['employeeid', 'employeenumber', 'externalid', 'workerid', 'personnelnumber', 'staffid'],
  title: ['jobtitle', 'title', 'position'],
  department: ['department', 'dept', 'division'],
  manager: ['manager', 'managerid', 'manageremail', 'supervisor'],
  phone: ['phone', 'phonenumber', 'workphone', 'telephone', 'telephonenumber'],
  mobile: ['mobile', 'mobilephone', 'cellphone', 'cell'],
  dob: ['dateofbirth', 'birthdate', 'birthday', 'dob'],
  organization: ['organization', 'organisation', 'company', 'companyname'],
  office_location: ['officelocation', 'location', 'office', 'worklocation'],
  locale: ['locale', 'language', 'preferredlanguage'],
  location_id: ['locationid', 'siteid', 'externalid', 'id'],
  zip_code: ['zip', 'zipcode', 'postalcode', 'postcode'],
  time_zone: ['timezone', 'tz'],
};

const squashCache = new Map<string, string>();

/** `squash` memoised: the same few hundred names are compared on every live check. */
function squashed(name: string): string {
  let s = squashCache.get(name);
  if (s === undefined) {
    s = squash(name);
    if (squashCache.size > 50_000) squashCache.clear();
    squashCache.set(name, s);
  }
  return s;
}

/** Whether a MangoApps field's values can satisfy the property's type and format at all. */
export function typeFits(field: Field, prop: Pick<BodyProperty, 'type' | 'format'>): boolean {
  const format = prop.format?.toLowerCase();
  if (format === 'email') return field.type === 'email';
  if (format === 'date' || format === 'date-time') return field.type === 'date';
  const type = prop.type ?? 'string';
  if (type.includes('boolean')) return field.type === 'boolean';
  return true;
}

/** How close a MangoApps field is to a property by name (0 none … 3 same name); type misfits score 0. */
export function nameScore(field: Field, prop: BodyProperty): number {
  if (!typeFits(field, prop)) return 0;
  const p = squashed(prop.name);
  const key = squashed(field.key);
  if (p === key || p === squashed(field.label)) return 3;
  if ((SYNONYMS[field.key] ?? []).includes(p)) return 2;
  if (key.length >= 4 && (p.includes(key) || key.includes(p))) return 1;
  return 0;
}

/** One proposed row for "Map all required fields": the property and the closest field, if any. */
export interface RowProposal {
  api_field: string;
  mangoapps_field: string | null;
  property: BodyProperty;
}

/**
 * Rows for every required property the table does not map yet, each with the closest MangoApps field
 * by name and type (null when nothing fits); a field is proposed once. The admin accepts or edits them.
 */
export function proposeRequiredRows(
  op: ApiOperation | null,
  rows: readonly MappingRow[],
  fields: readonly Field[],
): RowProposal[] {
  if (!op?.request) return [];
  const mapped = new Set(rows.map((r) => r.api_field));
  const used = new Set(rows.map((r) => r.mangoapps_field));
  const out: RowProposal[] = [];
  for (const property of op.request.properties) {
    if (!property.required || mapped.has(property.name)) continue;
    let best: Field | null = null;
    let bestScore = 0;
    for (const field of fields) {
      if (used.has(field.key)) continue;
      const s = nameScore(field, property);
      if (s > bestScore) {
        best = field;
        bestScore = s;
      }
    }
    if (best) used.add(best.key);
    out.push({ api_field: property.name, mangoapps_field: best?.key ?? null, property });
  }
  return out;
}
