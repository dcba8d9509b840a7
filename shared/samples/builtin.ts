import type { Sample } from './schema';

type Values = Record<string, string | null>;

const user = (id: string, label: string, fields: Values): Sample => ({
  id,
  kind: 'profile',
  label,
  fields,
  builtin: true,
});

const location = (id: string, label: string, fields: Values): Sample => ({
  id,
  kind: 'location',
  label,
  fields,
  builtin: true,
});

/**
 * Built-in sample users of an invented company (acme.com). Most match employees of the domain emulator
 * by email and employee id, so an incoming call finds them; the new hire does not exist there yet, and
 * one account is deactivated, so every trigger and outcome has a sample.
 */
export function builtinUsers(): Sample[] {
  return [
    user('sample-priya', 'Priya Raman', {
      first_name: 'Priya',
      last_name: 'Raman',
      name: 'Priya Raman',
      email: 'priya.raman@acme.com',
      employee_id: 'E1001',
      title: 'VP Engineering',
      organization: 'Acme Corp',
      office_location: 'Headquarters',
      department: 'Engineering',
      manager: 'ada@acme.com',
      phone: '+1 415 555 1201',
      mobile: '+1 628 555 2201',
      desk_extension: '4201',
      dob: '1984-03-12',
      locale: 'en-US',
      gender: 'Female',
      account_status: 'Active',
      custom_hris_id: 'W-1591719',
      custom_badge_id: 'B201',
      custom_cost_center: 'R&D',
      custom_remote: 'false',
      custom_start_date: '2016-04-11',
    }),
    user('sample-daniel', 'Daniel Okafor', {
      first_name: 'Daniel',
      last_name: 'Okafor',
      name: 'Daniel Okafor',
      email: 'daniel.okafor@acme.com',
      employee_id: 'E1004',
      title: 'HR Business Partner',
      organization: 'Acme Corp',
      office_location: 'London Office',
      department: 'People',
      manager: 'bea@acme.com',
      phone: '+44 20 7946 0204',
      mobile: null,
      desk_extension: '4204',
      dob: '1990-11-02',
      locale: 'en-GB',
      also_known_as: 'Dan',
      gender: 'Male',
      account_status: 'Active',
      custom_hris_id: null,
      custom_badge_id: 'B204',
      custom_cost_center: 'G&A',
      custom_remote: 'true',
      custom_start_date: '2019-09-02',
    }),
    user('sample-aisha', 'Aisha Bello (deactivated)', {
      first_name: 'Aisha',
      last_name: 'Bello',
      name: 'Aisha Bello',
      email: 'aisha.bello@acme.com',
      employee_id: 'E1019',
      title: 'Office Manager',
      organization: 'Acme Corp',
      office_location: 'London Office',
      department: 'Operations',
      manager: 'bea@acme.com',
      phone: '+44 20 7946 0219',
      locale: 'en-GB',
      account_status: 'Deactivated',
      custom_hris_id: 'W-1734311',
      custom_badge_id: 'B219',
      custom_cost_center: 'Operations',
      custom_remote: 'false',
      custom_start_date: '2014-01-06',
    }),
    user('sample-new-hire', 'Jordan Ellis (new hire)', {
      first_name: 'Jordan',
      last_name: 'Ellis',
      name: 'Jordan Ellis',
      email: 'jordan.ellis@acme.com',
      employee_id: 'E1050',
      title: 'Site Reliability Engineer',
      organization: 'Acme Corp',
      office_location: 'Berlin Office',
      department: 'Engineering',
      manager: 'priya.raman@acme.com',
      phone: '+49 30 901820 50',
      locale: 'de-DE',
      account_status: 'Pending',
      custom_hris_id: null,
      custom_badge_id: null,
      custom_cost_center: 'R&D',
      custom_remote: 'true',
      custom_start_date: '2026-12-01',
    }),
  ];
}

/** Built-in sample locations; two match the emulator's offices by location id, one is new. */
export function builtinLocations(): Sample[] {
  return [
    location('sample-hq', 'Headquarters', {
      location_id: 'HQ-SF',
      name: 'Headquarters',
      address: '500 Market Street',
      city: 'San Francisco',
      state: 'CA',
      country: 'United States',
      zip_code: '94105',
      phone: '+1 415 555 0100',
      time_zone: 'America/Los_Angeles',
      custom_site_code: 'SITE-HQ-SF',
    }),
    location('sample-london', 'London Office', {
      location_id: 'LON',
      name: 'London Office',
      address: '1 Finsbury Avenue',
      city: 'London',
      country: 'United Kingdom',
      zip_code: 'EC2M 2PF',
      time_zone: 'Europe/London',
      parent_location: 'HQ-SF',
      custom_site_code: 'SITE-LON',
    }),
    location('sample-toronto', 'Toronto Office (new)', {
      location_id: 'TOR',
      name: 'Toronto Office',
      city: 'Toronto',
      state: 'ON',
      country: 'Canada',
      time_zone: 'America/Toronto',
      parent_location: 'HQ-SF',
      custom_site_code: 'SITE-TOR',
    }),
  ];
}

/** Every built-in sample (fresh copies). */
export function builtinSamples(): Sample[] {
  return [...builtinUsers(), ...builtinLocations()];
}
