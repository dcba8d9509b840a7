import type { DomainDraft } from '../../../shared/model/draft';
import type { Webhook } from '../../../shared/model/webhook';

/** `d` with its Profile webhook's outgoing part changed by `change`; the rest of the draft as it was. */
export function withProfileOutgoing(d: DomainDraft, change: Partial<Webhook['outgoing']>): DomainDraft {
  const profile = d.config.profile;
  return {
    ...d,
    config: { ...d.config, profile: { ...profile, outgoing: { ...profile.outgoing, ...change } } },
  };
}

/** `d` renamed "source", its Profile webhook posting one request parameter to an HR system on Create User. */
export function configuredSource(d: DomainDraft): DomainDraft {
  return {
    ...withProfileOutgoing(d, {
      triggers: ['create_user'],
      post_url: 'https://hr.example.com/hook',
      request_parameters: [{ id: 'x1', api_field: 'employeeNumber', mangoapps_field: 'employee_id' }],
    }),
    name: 'source',
  };
}
