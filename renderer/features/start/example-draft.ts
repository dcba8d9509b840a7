import type { WebhookConfig } from '../../../shared/model/draft';
import { newId } from '../../../shared/model/ids';
import { LOCATION_TRIGGERS } from '../../../shared/model/triggers';
import type { InputRow, MappingRow } from '../../../shared/model/webhook';

const row = (api_field: string, mangoapps_field: string): MappingRow => ({
  id: newId(),
  api_field,
  mangoapps_field,
});
const input = (api_field: string, mangoapps_field: string, identifier = false): InputRow => ({
  ...row(api_field, mangoapps_field),
  identifier,
});

/**
 * The shipped example: an HR system kept in step with MangoApps people and a facilities system with its
 * locations, over the standard fields only, so it is valid in any domain. Its hosts are example.com:
 * nothing is sent anywhere until the admin changes them.
 */
export function exampleConfig(): WebhookConfig {
  return {
    profile: {
      outgoing: {
        triggers: ['create_user', 'update_user_profile', 'activate_deactivate_user'],
        post_url: 'https://hr.example.com/hooks/mangoapps',
        request_parameters: [
          row('employeeNumber', 'employee_id'),
          row('workEmail', 'email'),
          row('firstName', 'first_name'),
          row('lastName', 'last_name'),
          row('jobTitle', 'title'),
          row('departmentName', 'department'),
        ],
        response_parameters: [row('deskPhone', 'desk_extension')],
      },
      incoming: {
        notify_url: null,
        input_parameters: [
          input('employeeNumber', 'employee_id', true),
          input('jobTitle', 'title'),
          input('departmentName', 'department'),
          input('officeLocation', 'office_location'),
        ],
      },
    },
    location: {
      outgoing: {
        triggers: [...LOCATION_TRIGGERS],
        post_url: 'https://facilities.example.com/hooks/locations',
        request_parameters: [
          row('siteCode', 'location_id'),
          row('siteName', 'name'),
          row('city', 'city'),
          row('country', 'country'),
          row('timeZone', 'time_zone'),
        ],
        response_parameters: [],
      },
      incoming: {
        notify_url: null,
        input_parameters: [input('siteCode', 'location_id', true), input('siteName', 'name')],
      },
    },
    security: { oauth: { token_url: 'https://hr.example.com/oauth/token', username: 'mango-sync' } },
    jit_provisioning: false,
  };
}
