import { describe, expect, it } from 'vitest';
import { countBySeverity, hasErrors, problemsByRow } from '../../shared/validation/summarise';
import { validateDraft } from '../../shared/validation/validate-draft';
import { makeLargeDraft } from '../fixtures/large-draft';
import { at, inputRow, validDraft } from './validation-fixture';

const INPUT = 'profile.incoming.input_parameters';

describe('identifier', () => {
  it('is not required while there are no input parameters', () => {
    const draft = validDraft();
    draft.config.profile.incoming.input_parameters = [];
    expect(validateDraft(draft)).toEqual([]);
  });

  it('requires exactly one marked row: none', () => {
    const draft = validDraft();
    draft.config.profile.incoming.input_parameters[0]!.identifier = false;
    expect(at(draft, INPUT)).toEqual([
      {
        severity: 'error',
        path: INPUT,
        at: { section: 'table', kind: 'profile', table: 'input_parameters', field: 'identifier' },
        message: 'Mark one input parameter as the user identifier; none is marked',
      },
    ]);
    draft.config.profile.incoming.input_parameters[0]!.identifier = true;
    expect(validateDraft(draft)).toEqual([]);
  });

  it('requires exactly one marked row: two, each flagged at its checkbox', () => {
    const draft = validDraft();
    const rows = draft.config.profile.incoming.input_parameters;
    rows.push(inputRow('mail', 'email', true));
    const problems = validateDraft(draft);
    expect(problems).toEqual([
      {
        severity: 'error',
        path: `${INPUT}[0].user_identifier`,
        at: {
          section: 'table',
          kind: 'profile',
          table: 'input_parameters',
          rowId: rows[0]!.id,
          field: 'identifier',
        },
        message: 'Only one input parameter can be the user identifier; rows 1 and 3 are marked',
      },
      {
        severity: 'error',
        path: `${INPUT}[2].user_identifier`,
        at: {
          section: 'table',
          kind: 'profile',
          table: 'input_parameters',
          rowId: rows[2]!.id,
          field: 'identifier',
        },
        message: 'Only one input parameter can be the user identifier; rows 1 and 3 are marked',
      },
    ]);
  });

  it('uses the location wording and key on the location webhook', () => {
    const draft = validDraft();
    draft.config.location.incoming.input_parameters.push(inputRow('name', 'name', true));
    expect(at(draft, 'location.incoming.input_parameters[1].location_identifier')[0]?.message).toBe(
      'Only one input parameter can be the location identifier; rows 1 and 2 are marked',
    );
    draft.config.location.incoming.input_parameters[0]!.identifier = false;
    draft.config.location.incoming.input_parameters[1]!.identifier = false;
    expect(at(draft, 'location.incoming.input_parameters')[0]?.message).toBe(
      'Mark one input parameter as the location identifier; none is marked',
    );
  });

  it('must be a unique field; the message suggests the unique ones', () => {
    const draft = validDraft();
    const rows = draft.config.profile.incoming.input_parameters;
    rows[0]!.identifier = false;
    rows[1]!.identifier = true; // jobTitle → title
    expect(at(draft, `${INPUT}[1].mangoapps_field`)).toEqual([
      {
        severity: 'error',
        path: `${INPUT}[1].mangoapps_field`,
        at: {
          section: 'table',
          kind: 'profile',
          table: 'input_parameters',
          rowId: rows[1]!.id,
          field: 'mangoapps_field',
        },
        message:
          'The user identifier must be a unique field, and "Job Title" (title) is not; choose a unique field such as Email / Login, Employee ID or HRIS ID',
      },
    ]);
    rows[1]!.mangoapps_field = 'custom_hris_id';
    expect(validateDraft(draft)).toEqual([]);
  });

  it('does not repeat the catalogue error for an unknown identifier field', () => {
    const draft = validDraft();
    draft.config.profile.incoming.input_parameters[0]!.mangoapps_field = 'employee_number';
    expect(validateDraft(draft).map((p) => p.message)).toEqual([
      'MangoApps field "employee_number" is not in the profile field catalogue; choose another or add it as a custom field',
    ]);
  });
});

describe('security', () => {
  it('has nothing to check without OAuth', () => {
    const draft = validDraft();
    draft.config.security.oauth = null;
    expect(validateDraft(draft)).toEqual([]);
  });

  it.each([
    ['', 'error', 'Token URL is empty'],
    [
      'http://hr.example.com/oauth/token',
      'error',
      'Token URL "http://hr.example.com/oauth/token" must start with https://',
    ],
    [
      'oauth/token',
      'error',
      'Token URL "oauth/token" is not a full URL; write it like https://hr.example.com/hooks',
    ],
    [
      'https://u:p@hr.example.com/token',
      'error',
      expect.stringContaining('set the credentials under Security › OAuth'),
    ],
  ])('token_url %j', (url, severity, message) => {
    const draft = validDraft();
    draft.config.security.oauth = { token_url: url, username: 'mango-sync' };
    expect(validateDraft(draft)).toEqual([
      {
        severity,
        path: 'security.oauth.token_url',
        at: { section: 'security', field: 'token_url' },
        message,
      },
    ]);
  });

  it('username is 1–200 characters', () => {
    const draft = validDraft();
    const oauth = { token_url: 'https://hr.example.com/oauth/token', username: '' };
    draft.config.security.oauth = oauth;
    expect(at(draft, 'security.oauth.username')).toMatchObject([
      {
        severity: 'error',
        message: 'OAuth username is empty',
        at: { section: 'security', field: 'username' },
      },
    ]);
    oauth.username = 'u'.repeat(201);
    expect(at(draft, 'security.oauth.username')[0]?.message).toBe(
      'OAuth username is 201 characters long; the limit is 200',
    );
    oauth.username = 'u'.repeat(200);
    expect(validateDraft(draft)).toEqual([]);
  });
});

describe('domain URL', () => {
  it.each([
    ['', undefined],
    ['https://acme.mangoapps.com', undefined],
    ['http://127.0.0.1:4010', undefined],
    ['http://localhost:4010', undefined],
    [
      'http://acme.mangoapps.com',
      'Domain URL "http://acme.mangoapps.com" must start with https:// (plain http is only for this computer)',
    ],
    [
      'acme.mangoapps.com',
      'Domain URL "acme.mangoapps.com" is not a full URL; write it like https://acme.mangoapps.com',
    ],
  ])('%j', (url, message) => {
    const draft = validDraft();
    draft.base_url = url;
    const problems = validateDraft(draft);
    if (message === undefined) expect(problems).toEqual([]);
    else
      expect(problems).toEqual([
        { severity: 'warning', path: 'base_url', at: { section: 'domain', field: 'base_url' }, message },
      ]);
  });

  it('refuses an admin password in the domain URL, without repeating it', () => {
    const draft = validDraft();
    draft.base_url = 'https://admin:hunter22@acme.mangoapps.com';
    const problems = validateDraft(draft);
    expect(problems).toMatchObject([{ severity: 'error', path: 'base_url' }]);
    expect(problems[0]?.message).toMatch(/user name or password.*under Connect/);
    expect(problems[0]?.message).not.toContain('hunter22');
  });
});

describe('summaries', () => {
  it('groups problems by row and counts them', () => {
    const draft = validDraft();
    const rows = draft.config.profile.outgoing.request_parameters;
    rows[0]!.api_field = ' x';
    rows[0]!.mangoapps_field = '';
    rows[1]!.mangoapps_field = 'employee_id'; // sent twice: a warning on rows 0 and 1
    rows[0]!.mangoapps_field = 'employee_id';
    draft.config.security.oauth = { token_url: '', username: 'u' };
    const problems = validateDraft(draft);
    const byRow = problemsByRow(problems);
    expect(byRow.get(rows[0]!.id)?.map((p) => p.severity)).toEqual(['error', 'warning']);
    expect(byRow.get(rows[1]!.id)?.map((p) => p.severity)).toEqual(['warning']);
    expect(byRow.has(rows[2]!.id)).toBe(false);
    expect(countBySeverity(problems)).toEqual({ error: 2, warning: 2 });
    expect(hasErrors(problems)).toBe(true);
    expect(hasErrors([])).toBe(false);
  });
});

describe('the large draft fixture', () => {
  it('has 1,000 unique request API fields and no errors', () => {
    const draft = makeLargeDraft();
    const rows = draft.config.profile.outgoing.request_parameters;
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.api_field)).size).toBe(1000);
    const problems = validateDraft(draft);
    expect(countBySeverity(problems).error).toBe(0);
    // Cycling through the catalogue sends each field many times: one warning per request row, no more.
    expect(problems.every((p) => p.message.includes(' is sent by rows '))).toBe(true);
    expect(makeLargeDraft(10).config.profile.outgoing.request_parameters).toHaveLength(10);
  });
});
