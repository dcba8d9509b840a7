import { randomBytes } from 'node:crypto';
import { STANDARD_LOCATION_FIELDS, STANDARD_PROFILE_FIELDS } from '../../../shared/model/standard-fields';
import { defaultLocations, defaultUsers } from './seed-data';
import type {
  EmulatorAccount,
  EmulatorSeed,
  Field,
  SeedVersion,
  WebhookKind,
  WireWebhookInput,
} from './types';

/** The default API keys: one registered with Read and Write access, one Read Only. */
export const DEFAULT_API_KEYS = { readWrite: 'emu-rw-3f9a6c1d8e2b4705', readOnly: 'emu-ro-7b2e5d0a9c4f1836' };

const custom = (key: string, label: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({
  key,
  label,
  type,
  read_only: false,
  custom: true,
  ...extra,
});

/** The standard profile fields plus custom ones covering every type, one of them unique. */
export function defaultProfileFields(): Field[] {
  return [
    ...STANDARD_PROFILE_FIELDS.map((f) => structuredClone(f)),
    custom('custom_hris_id', 'HRIS ID', 'string'),
    custom('custom_badge_id', 'Badge ID', 'string', { unique: true }),
    custom('custom_cost_center', 'Cost Center', 'enum', { options: ['R&D', 'Sales', 'G&A', 'Operations'] }),
    custom('custom_remote', 'Remote Worker', 'boolean'),
    custom('custom_start_date', 'Start Date', 'date'),
  ];
}

/** The standard location fields plus a unique site code and a read-only head count. */
export function defaultLocationFields(): Field[] {
  return [
    ...STANDARD_LOCATION_FIELDS.map((f) => structuredClone(f)),
    custom('custom_site_code', 'Site Code', 'string', { unique: true }),
    custom('custom_headcount', 'Headcount', 'string', { read_only: true }),
  ];
}

const rows = (pairs: [string, string][]) =>
  pairs.map(([api_field, mangoapps_field]) => ({ api_field, mangoapps_field }));

const PROFILE_V1: WireWebhookInput = {
  outgoing: {
    triggers: ['create_user'],
    post_url: 'https://hr.example.com/hooks/mangoapps',
    request_parameters: rows([
      ['employeeNumber', 'employee_id'],
      ['workEmail', 'email'],
    ]),
    response_parameters: [],
  },
  incoming: {
    input_parameters: [
      { api_field: 'employeeNumber', mangoapps_field: 'employee_id', user_identifier: true },
    ],
  },
  security: {
    oauth: {
      token_url: 'https://hr.example.com/oauth/token',
      username: 'mango-sync',
      password: 'hr-sync-secret',
    },
  },
  jit_provisioning: false,
};

const PROFILE_V2: WireWebhookInput = {
  outgoing: {
    triggers: ['create_user', 'update_user_profile', 'activate_deactivate_user'],
    post_url: 'https://hr.example.com/hooks/mangoapps',
    request_parameters: rows([
      ['employeeNumber', 'employee_id'],
      ['workEmail', 'email'],
      ['firstName', 'first_name'],
      ['lastName', 'last_name'],
      ['jobTitle', 'title'],
    ]),
    response_parameters: rows([['workerId', 'custom_hris_id']]),
  },
  incoming: {
    input_parameters: [
      { api_field: 'employeeNumber', mangoapps_field: 'employee_id', user_identifier: true },
      { api_field: 'jobTitle', mangoapps_field: 'title' },
      { api_field: 'department', mangoapps_field: 'department' },
      { api_field: 'managerEmail', mangoapps_field: 'manager' },
    ],
  },
  // security omitted: the OAuth set in version 1 is kept.
  jit_provisioning: false,
};

/** The default history: the profile webhook saved twice by Bea Admin; the location webhook never configured. */
export function defaultHistory(): SeedVersion[] {
  return [
    { kind: 'profile', webhook: structuredClone(PROFILE_V1), by: 'Bea Admin', at: '2026-11-18T09:00:00Z' },
    { kind: 'profile', webhook: structuredClone(PROFILE_V2), by: 'Bea Admin', at: '2026-11-20T10:00:00Z' },
  ];
}

/** A seed with every key filled: the given keys, defaults for the rest (always fresh copies). */
export function resolveSeed(seed: EmulatorSeed = {}): Required<EmulatorSeed> {
  return structuredClone({
    apiKeys: seed.apiKeys ?? DEFAULT_API_KEYS,
    users: seed.users ?? defaultUsers(),
    locations: seed.locations ?? defaultLocations(),
    profileFields: seed.profileFields ?? defaultProfileFields(),
    locationFields: seed.locationFields ?? defaultLocationFields(),
    history: seed.history ?? defaultHistory(),
    notifySecrets: {
      profile: seed.notifySecrets?.profile ?? randomBytes(16).toString('hex'),
      location: seed.notifySecrets?.location ?? randomBytes(16).toString('hex'),
    } satisfies Record<WebhookKind, string>,
  });
}

/** The seeded logins: first admin, second admin (a colleague) and first non-admin, among users with a password. */
export function seededAccounts(seed: Required<EmulatorSeed>): {
  admin: EmulatorAccount;
  colleague: EmulatorAccount | null;
  member: EmulatorAccount | null;
} {
  const logins = seed.users.flatMap((u): EmulatorAccount[] => {
    if (!u.password || !u.fields['email']) return [];
    const name = u.fields['name'] ?? `${u.fields['first_name'] ?? ''} ${u.fields['last_name'] ?? ''}`.trim();
    return [{ id: u.id, name, username: u.fields['email'], password: u.password, user_type: u.user_type }];
  });
  const admins = logins.filter((a) => a.user_type === 'network_admin');
  const admin = admins[0];
  if (!admin) throw new Error('The seed needs at least one network_admin with an email and a password.');
  return {
    admin,
    colleague: admins[1] ?? null,
    member: logins.find((a) => a.user_type === 'network_user') ?? null,
  };
}
