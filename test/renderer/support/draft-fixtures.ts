import type { DomainDraft } from '../../../shared/model/draft';

/** `d` renamed "source", its Profile webhook posting one request parameter to an HR system on Create User. */
export function configuredSource(d: DomainDraft): DomainDraft {
  const profile = d.config.profile;
  return {
    ...d,
    name: 'source',
    config: {
      ...d.config,
      profile: {
        ...profile,
        outgoing: {
          ...profile.outgoing,
          triggers: ['create_user'],
          post_url: 'https://hr.example.com/hook',
          request_parameters: [{ id: 'x1', api_field: 'employeeNumber', mangoapps_field: 'employee_id' }],
        },
      },
    },
  };
}
