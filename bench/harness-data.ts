import { defaultProfileFields } from '../electron/services/emulator';
import type { Field } from '../shared/model/field-catalogue';
import type { Webhook } from '../shared/model/webhook';
import { builtinUsers, type Sample } from '../shared/samples';

/** The emulator's profile catalogue (standard fields and custom fields of every type). */
export const CATALOGUE: Field[] = defaultProfileFields();

/** Request parameters of the benchmark webhook: ten rows across string, email, phone, enum, boolean, date. */
export const REQUEST_ROWS: [string, string][] = [
  ['employeeNumber', 'employee_id'],
  ['workEmail', 'email'],
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['jobTitle', 'title'],
  ['department', 'department'],
  ['mobile', 'mobile'],
  ['costCenter', 'custom_cost_center'],
  ['remote', 'custom_remote'],
  ['startDate', 'custom_start_date'],
];

/** A profile webhook posting to `url`, answering `workerId` back into custom_hris_id. */
export function benchWebhook(url: string): Webhook {
  let n = 0;
  const row = (api_field: string, mangoapps_field: string) => ({ id: `r${++n}`, api_field, mangoapps_field });
  return {
    outgoing: {
      triggers: ['create_user'],
      post_url: url,
      request_parameters: REQUEST_ROWS.map(([a, k]) => row(a, k)),
      response_parameters: [row('workerId', 'custom_hris_id')],
    },
    incoming: {
      notify_url: null,
      input_parameters: [{ ...row('employeeNumber', 'employee_id'), identifier: true }],
    },
  };
}

/** `count` distinct sample users derived from the built-in ones. */
export function benchSamples(count: number): Sample[] {
  const base = builtinUsers();
  return Array.from({ length: count }, (_, i) => {
    const from = base[i % base.length] as Sample;
    return {
      ...from,
      id: `bench-${i}`,
      fields: { ...from.fields, employee_id: `B${100000 + i}`, email: `user${i}@acme.com` },
    };
  });
}
