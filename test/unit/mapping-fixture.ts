import type { Field } from '../../shared/model/field-catalogue';
import { STANDARD_PROFILE_FIELDS } from '../../shared/model/standard-fields';
import type { Webhook } from '../../shared/model/webhook';

let n = 0;
const row = (api_field: string, mangoapps_field: string) => ({ id: `r${++n}`, api_field, mangoapps_field });

/** The standard profile catalogue plus custom fields of every type the engine formats. */
export const CATALOGUE: Field[] = [
  ...STANDARD_PROFILE_FIELDS,
  { key: 'custom_hris_id', label: 'HRIS ID', type: 'string', read_only: false, custom: true },
  { key: 'custom_remote', label: 'Remote Worker', type: 'boolean', read_only: false, custom: true },
  { key: 'custom_start_date', label: 'Start Date', type: 'date', read_only: false, custom: true },
  {
    key: 'custom_cost_center',
    label: 'Cost Center',
    type: 'enum',
    read_only: false,
    custom: true,
    options: ['R&D', 'Sales', 'G&A'],
  },
];

/** A profile webhook mapping requests, responses and input parameters. */
export function webhook(
  request: [string, string][],
  response: [string, string][] = [],
  input: [string, string, boolean?][] = [],
): Webhook {
  return {
    outgoing: {
      triggers: ['create_user', 'update_user_profile', 'activate_deactivate_user'],
      post_url: 'https://hr.example.com/hooks/mangoapps',
      request_parameters: request.map(([a, k]) => row(a, k)),
      response_parameters: response.map(([a, k]) => row(a, k)),
    },
    incoming: {
      notify_url: null,
      input_parameters: input.map(([a, k, id]) => ({ ...row(a, k), identifier: id === true })),
    },
  };
}
