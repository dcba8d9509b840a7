import { newDraft, type DomainDraft } from '../../shared/model/draft';
import type { InputRow, MappingRow } from '../../shared/model/webhook';
import type { Problem } from '../../shared/validation/problem';
import { validateDraft } from '../../shared/validation/validate-draft';

let seq = 0;

/** A mapping row with a readable id. */
export function row(api_field: string, mangoapps_field: string): MappingRow {
  return { id: `row-${++seq}`, api_field, mangoapps_field };
}

/** An input row; `identifier` is the User / Location Identifier checkbox. */
export function inputRow(api_field: string, mangoapps_field: string, identifier = false): InputRow {
  return { ...row(api_field, mangoapps_field), identifier };
}

/** A small draft that breaks no rule and raises no warning: the base every rule test mutates. */
export function validDraft(): DomainDraft {
  const draft = newDraft('d1', 'acme production', 'https://acme.mangoapps.com', '2026-11-20T10:00:00.000Z');
  draft.catalogue.profile.push({
    key: 'custom_hris_id',
    label: 'HRIS ID',
    type: 'string',
    read_only: false,
    custom: true,
    unique: true,
  });
  draft.config.profile = {
    outgoing: {
      triggers: ['create_user', 'update_user_profile'],
      post_url: 'https://hr.example.com/hooks/mangoapps',
      request_parameters: [
        row('employeeNumber', 'employee_id'),
        row('email', 'email'),
        row('firstName', 'first_name'),
      ],
      response_parameters: [row('workerId', 'custom_hris_id')],
    },
    incoming: {
      notify_url: null,
      input_parameters: [inputRow('employeeNumber', 'employee_id', true), inputRow('jobTitle', 'title')],
    },
  };
  draft.config.location = {
    outgoing: {
      triggers: ['create_location'],
      post_url: 'https://hr.example.com/hooks/locations',
      request_parameters: [row('siteCode', 'location_id'), row('city', 'city')],
      response_parameters: [],
    },
    incoming: { notify_url: null, input_parameters: [inputRow('siteCode', 'location_id', true)] },
  };
  draft.config.security = {
    oauth: { token_url: 'https://hr.example.com/oauth/token', username: 'mango-sync' },
  };
  return draft;
}

/** The problems at one path (the UI and the server's 422 details both speak paths). */
export function at(draft: DomainDraft, path: string): Problem[] {
  return validateDraft(draft).filter((p) => p.path === path);
}
