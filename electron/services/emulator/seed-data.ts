import type { SeedLocation, SeedUser } from './types';

type Row = [
  id: string,
  first: string,
  last: string,
  email: string,
  employeeId: string,
  title: string,
  department: string,
  office: string,
  managerId: string | null,
  extra?: Record<string, string | null>,
];

// An invented company (acme.com): three login accounts, then twenty employees with managers, so that
// user references, unique identifiers and every field type have realistic values to work against.
// prettier-ignore
const ROWS: Row[] = [
  ['101', 'Ada', 'Admin', 'ada@acme.com', 'E0001', 'IT Director', 'IT', 'Headquarters', null],
  ['102', 'Bea', 'Admin', 'bea@acme.com', 'E0002', 'HR Systems Lead', 'People', 'Headquarters', '101'],
  ['103', 'Carl', 'Member', 'carl@acme.com', 'E0003', 'Office Coordinator', 'Operations', 'London Office', '101'],
  ['201', 'Priya', 'Raman', 'priya.raman@acme.com', 'E1001', 'VP Engineering', 'Engineering', 'Headquarters', '101'],
  ['202', 'Marcus', 'Webb', 'marcus.webb@acme.com', 'E1002', 'Software Engineer', 'Engineering', 'Headquarters', '201'],
  ['203', 'Elena', 'Petrova', 'elena.petrova@acme.com', 'E1003', 'Product Manager', 'Product', 'Berlin Office', '201'],
  ['204', 'Daniel', 'Okafor', 'daniel.okafor@acme.com', 'E1004', 'HR Business Partner', 'People', 'London Office', '102'],
  ['205', 'Sofia', 'Martins', 'sofia.martins@acme.com', 'E1005', 'Recruiter', 'People', 'London Office', '204'],
  ['206', 'Kenji', 'Tanaka', 'kenji.tanaka@acme.com', 'E1006', 'Product Designer', 'Product', 'Headquarters', '203'],
  ['207', 'Amara', 'Nwosu', 'amara.nwosu@acme.com', 'E1007', 'Financial Analyst', 'Finance', 'London Office', '101'],
  ['208', 'Lucas', 'Schmidt', 'lucas.schmidt@acme.com', 'E1008', 'Sales Director', 'Sales', 'Berlin Office', '101'],
  ['209', 'Hannah', 'Kim', 'hannah.kim@acme.com', 'E1009', 'Account Executive', 'Sales', 'Headquarters', '208'],
  ['210', 'Omar', 'Haddad', 'omar.haddad@acme.com', 'E1010', 'Support Lead', 'Support', 'Bengaluru Office', '201'],
  ['211', 'Chloé', 'Dubois', 'chloe.dubois@acme.com', 'E1011', 'Support Specialist', 'Support', 'Bengaluru Office', '210'],
  ['212', 'Ravi', 'Patel', 'ravi.patel@acme.com', 'E1012', 'DevOps Engineer', 'Engineering', 'Bengaluru Office', '201'],
  ['213', 'Isabella', 'Rossi', 'isabella.rossi@acme.com', 'E1013', 'Marketing Manager', 'Marketing', 'Berlin Office', '101'],
  ['214', 'Tomasz', 'Nowak', 'tomasz.nowak@acme.com', 'E1014', 'Content Writer', 'Marketing', 'Berlin Office', '213'],
  ['215', 'Fatima', 'Zahra', 'fatima.zahra@acme.com', 'E1015', 'Legal Counsel', 'Legal', 'Headquarters', '101'],
  ['216', 'Ethan', 'Brooks', 'ethan.brooks@acme.com', 'E1016', 'IT Administrator', 'IT', 'Headquarters', '101'],
  ['217', 'Mei', 'Lin', 'mei.lin@acme.com', 'E1017', 'Data Analyst', 'Finance', 'Headquarters', '207'],
  ['218', 'Jonas', 'Berg', 'jonas.berg@acme.com', 'E1018', 'QA Engineer', 'Engineering', 'Berlin Office', '202'],
  ['219', 'Aisha', 'Bello', 'aisha.bello@acme.com', 'E1019', 'Office Manager', 'Operations', 'London Office', '102', { account_status: 'Deactivated' }],
  ['220', 'Noah', 'Fischer', 'noah.fischer@acme.com', 'E1020', 'Engineering Intern', 'Engineering', 'Headquarters', '202', { account_status: 'Pending', custom_start_date: null }],
  ['221', 'Lena', 'Vogel', 'lena.vogel@acme.com', 'E1021', 'Payroll Specialist', 'Finance', 'Berlin Office', '207', { custom_remote: 'true' }],
  ['222', 'Samuel', 'Reyes', 'samuel.reyes@acme.com', 'E1022', 'Solutions Engineer', 'Sales', 'Headquarters', '208', { gender: 'Male' }],
];

const ACCOUNTS: Record<string, { user_type: SeedUser['user_type']; password: string }> = {
  '101': { user_type: 'network_admin', password: 'ada-Admin-2026' },
  '102': { user_type: 'network_admin', password: 'bea-Admin-2026' },
  '103': { user_type: 'network_user', password: 'carl-User-2026' },
};

const COST_CENTERS: Record<string, string> = {
  Engineering: 'R&D',
  Product: 'R&D',
  Sales: 'Sales',
  Marketing: 'Sales',
};

/** The default users: ids 101–103 can log in (two network admins and a network user), 201–222 are staff. */
export function defaultUsers(): SeedUser[] {
  const byId = new Map(ROWS.map((r) => [r[0], r]));
  return ROWS.map(([id, first, last, email, employeeId, title, department, office, managerId, extra], i) => {
    const account = ACCOUNTS[id];
    const n = Number(id);
    const fields: Record<string, string | null> = {
      first_name: first,
      last_name: last,
      name: `${first} ${last}`,
      email,
      employee_id: employeeId,
      title,
      organization: 'Acme Corp',
      office_location: office,
      department,
      manager: managerId ? (byId.get(managerId)?.[3] ?? null) : null,
      phone: `+1 415 555 ${String(1000 + n).slice(-4)}`,
      mobile: i % 3 === 0 ? null : `+1 628 555 ${String(2000 + n).slice(-4)}`,
      desk_extension: String(4000 + n),
      dob: null,
      locale: office === 'Berlin Office' ? 'de-DE' : office === 'London Office' ? 'en-GB' : 'en-US',
      gender: null,
      account_status: 'Active',
      custom_hris_id: `W-${String(n * 7919).padStart(6, '0')}`,
      custom_badge_id: `B${n}`,
      custom_cost_center: COST_CENTERS[department] ?? 'G&A',
      custom_remote: 'false',
      custom_start_date: `20${String(15 + (n % 10)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
      ...extra,
    };
    return account ? { id, ...account, fields } : { id, user_type: 'network_user', fields };
  });
}

/** The default locations. */
export function defaultLocations(): SeedLocation[] {
  const loc = (id: string, location_id: string, name: string, city: string, country: string, tz: string) => ({
    id,
    fields: {
      location_id,
      name,
      description: null,
      address: null,
      city,
      state: null,
      country,
      zip_code: null,
      phone: null,
      time_zone: tz,
      parent_location: null,
      custom_site_code: `SITE-${location_id}`,
      custom_headcount: null,
    },
  });
  return [
    loc('1', 'HQ-SF', 'Headquarters', 'San Francisco', 'United States', 'America/Los_Angeles'),
    loc('2', 'LON', 'London Office', 'London', 'United Kingdom', 'Europe/London'),
    loc('3', 'BER', 'Berlin Office', 'Berlin', 'Germany', 'Europe/Berlin'),
    loc('4', 'BLR', 'Bengaluru Office', 'Bengaluru', 'India', 'Asia/Kolkata'),
  ];
}
