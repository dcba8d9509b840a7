/**
 * The text of a small draft file, as the command line reads it: the profile webhook posting to `postUrl`
 * on `triggers`, one request and one response parameter (the write-back into a custom field), the
 * employee number as the user identifier, and any extra top-level keys.
 */
export function draftFileText(
  postUrl: string,
  options: { triggers?: string[]; extra?: object } = {},
): string {
  return JSON.stringify({
    $schema: 'https://webhook-studio.app/schemas/draft-1.json',
    format_version: 1,
    name: 'acme',
    profile: {
      outgoing: {
        triggers: options.triggers ?? ['create_user'],
        post_url: postUrl,
        request_parameters: [{ api_field: 'employeeNumber', mangoapps_field: 'employee_id' }],
        response_parameters: [{ api_field: 'workerId', mangoapps_field: 'custom_hris_id' }],
      },
      incoming: {
        input_parameters: [
          { api_field: 'employeeNumber', mangoapps_field: 'employee_id', user_identifier: true },
        ],
      },
    },
    custom_fields: { profile: [{ key: 'custom_hris_id', label: 'HRIS ID', type: 'string' }], location: [] },
    ...options.extra,
  });
}
