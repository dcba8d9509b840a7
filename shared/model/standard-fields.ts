import type { Catalogue, Field } from './field-catalogue';

const f = (key: string, label: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({
  key,
  label,
  type,
  read_only: false,
  custom: false,
  ...extra,
});

/**
 * Standard MangoApps profile fields, from the CSV user-import columns (the best public list) and the
 * profile-field settings the admin guides describe. Used until a domain's own catalogue is pulled.
 */
export const STANDARD_PROFILE_FIELDS: readonly Field[] = [
  f('first_name', 'First Name', 'string'),
  f('last_name', 'Last Name', 'string'),
  f('name', 'Full Name', 'string'),
  f('email', 'Email / Login', 'email', { unique: true }),
  f('employee_id', 'Employee ID', 'string', { unique: true }),
  f('title', 'Job Title', 'string'),
  f('organization', 'Organization', 'string'),
  f('office_location', 'Office Location', 'string'),
  f('department', 'Department', 'string'),
  f('manager', 'Manager', 'user'),
  f('phone', 'Phone', 'phone'),
  f('mobile', 'Mobile', 'phone'),
  f('desk_extension', 'Desk Extension', 'string'),
  f('dob', 'Date of Birth', 'date'),
  f('locale', 'Locale', 'string'),
  f('also_known_as', 'Also Known As', 'string'),
  f('education', 'Education', 'string'),
  f('experience', 'Experience', 'string'),
  f('expertise', 'Expertise', 'string'),
  f('gender', 'Gender', 'enum', { options: ['Male', 'Female', 'Other', 'Prefer not to say'] }),
  f('profile_image', 'Profile Image', 'string'),
  f('account_status', 'Account Status', 'enum', {
    options: ['Active', 'Deactivated', 'Pending', 'Rejected'],
    read_only: true,
  }),
];

/** Standard MangoApps location fields (Domain Setup › Locations). */
export const STANDARD_LOCATION_FIELDS: readonly Field[] = [
  f('location_id', 'Location ID', 'string', { unique: true }),
  f('name', 'Location Name', 'string', { unique: true }),
  f('description', 'Description', 'string'),
  f('address', 'Address', 'string'),
  f('city', 'City', 'string'),
  f('state', 'State / Province', 'string'),
  f('country', 'Country', 'string'),
  f('zip_code', 'Postal Code', 'string'),
  f('phone', 'Phone', 'phone'),
  f('time_zone', 'Time Zone', 'string'),
  f('parent_location', 'Parent Location', 'string'),
];

/** A fresh catalogue of the standard fields, for a domain that has never been pulled. */
export function builtinCatalogue(): Catalogue {
  return {
    source: 'builtin',
    profile: STANDARD_PROFILE_FIELDS.map((x) => ({ ...x })),
    location: STANDARD_LOCATION_FIELDS.map((x) => ({ ...x })),
  };
}
