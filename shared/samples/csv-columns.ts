import type { Field } from '../model/field-catalogue';

/** A header reduced to letters and digits, so "Email / Login", "email_login" and "EMAIL LOGIN" agree. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The MangoApps user-import CSV columns (domain-facts.md) and common spellings, by normalised header.
 * `Enabled` fills account_status; the CSV's `desktop_extension` is the profile's desk extension.
 */
const STANDARD_COLUMNS: Record<string, string> = {
  name: 'name',
  fullname: 'name',
  firstname: 'first_name',
  lastname: 'last_name',
  email: 'email',
  login: 'email',
  emaillogin: 'email',
  emailaddress: 'email',
  dob: 'dob',
  dateofbirth: 'dob',
  birthdate: 'dob',
  title: 'title',
  jobtitle: 'title',
  organization: 'organization',
  organisation: 'organization',
  officelocation: 'office_location',
  department: 'department',
  phone: 'phone',
  desktopextension: 'desk_extension',
  deskextension: 'desk_extension',
  mobile: 'mobile',
  manager: 'manager',
  enabled: 'account_status',
  locale: 'locale',
  alsoknownas: 'also_known_as',
  education: 'education',
  experience: 'experience',
  expertise: 'expertise',
  employeeid: 'employee_id',
  profileimage: 'profile_image',
  gender: 'gender',
};

/** How a CSV header was understood. */
export type ColumnMatch = { key: string; via: 'standard' | 'catalogue' } | null;

/**
 * Maps a header to a profile field key: a standard import column first, then a catalogue field whose key
 * or label matches (custom fields such as "HRIS ID" or "custom_hris_id"), else null.
 */
export function matchColumn(header: string, catalogue: readonly Field[]): ColumnMatch {
  const norm = normaliseHeader(header);
  if (norm === '') return null;
  const standard = STANDARD_COLUMNS[norm];
  if (standard) return { key: standard, via: 'standard' };
  const field =
    catalogue.find((f) => normaliseHeader(f.key) === norm) ??
    catalogue.find((f) => normaliseHeader(f.label) === norm);
  return field ? { key: field.key, via: 'catalogue' } : null;
}

/** The `Enabled` column's values: TRUE/FALSE/DELETED → an account status. */
export function accountStatusOf(
  raw: string,
): { ok: true; value: string; warning?: string } | { ok: false; message: string } {
  switch (raw.trim().toUpperCase()) {
    case 'TRUE':
      return { ok: true, value: 'Active' };
    case 'FALSE':
      return { ok: true, value: 'Deactivated' };
    case 'DELETED':
      return {
        ok: true,
        value: 'Deactivated',
        warning: 'DELETED is treated as Deactivated: a sample has no deleted state',
      };
    default:
      return { ok: false, message: `expected TRUE, FALSE or DELETED, got "${raw}"` };
  }
}
