import { describe, expect, it } from 'vitest';
import { validateDraft } from '../../shared/validation/validate-draft';
import { at, row, validDraft } from './validation-fixture';

const REQ = 'profile.outgoing.request_parameters';

describe('api_field', () => {
  it('is required', () => {
    const draft = validDraft();
    const target = draft.config.profile.outgoing.request_parameters[1]!;
    target.api_field = '';
    expect(at(draft, `${REQ}[1].api_field`)).toEqual([
      {
        severity: 'error',
        path: `${REQ}[1].api_field`,
        at: {
          section: 'table',
          kind: 'profile',
          table: 'request_parameters',
          rowId: target.id,
          field: 'api_field',
        },
        message: 'API field is empty',
      },
    ]);
    target.api_field = 'mail';
    expect(validateDraft(draft)).toEqual([]);
  });

  it('is at most 100 characters, counted as characters not UTF-16 units', () => {
    const draft = validDraft();
    const target = draft.config.profile.outgoing.request_parameters[0]!;
    target.api_field = 'a'.repeat(101);
    expect(at(draft, `${REQ}[0].api_field`)[0]?.message).toMatch(
      /^API field "a+…" is 101 characters long; the limit is 100$/,
    );
    target.api_field = 'a'.repeat(100);
    expect(at(draft, `${REQ}[0].api_field`)).toEqual([]);
    target.api_field = '😀'.repeat(100); // 200 UTF-16 units, 100 characters
    expect(at(draft, `${REQ}[0].api_field`)).toEqual([]);
  });

  it.each([' employeeNumber', 'employeeNumber ', 'employeeNumber\t'])(
    'refuses outer whitespace in %j',
    (value) => {
      const draft = validDraft();
      draft.config.profile.outgoing.request_parameters[0]!.api_field = value;
      expect(at(draft, `${REQ}[0].api_field`)).toMatchObject([
        { severity: 'error', message: `API field "${value}" starts or ends with a space` },
      ]);
    },
  );

  it('is unique within its table: every duplicate row is flagged with the rows', () => {
    const draft = validDraft();
    const rows = draft.config.profile.outgoing.request_parameters;
    rows.push(row('title', 'title'), row('employeeNumber', 'custom_hris_id'));
    const dupes = validateDraft(draft).filter((p) => p.message.startsWith('API field "employeeNumber"'));
    expect(dupes.map((p) => [p.severity, p.path, p.at.section === 'table' && p.at.rowId])).toEqual([
      ['error', `${REQ}[0].api_field`, rows[0]!.id],
      ['error', `${REQ}[4].api_field`, rows[4]!.id],
    ]);
    expect(dupes[0]?.message).toBe('API field "employeeNumber" is used by rows 1 and 5');
    rows[4]!.api_field = 'hrisId';
    expect(validateDraft(draft).filter((p) => p.path.endsWith('api_field'))).toEqual([]);
  });

  it('lists many duplicate rows briefly', () => {
    const draft = validDraft();
    const rows = draft.config.profile.outgoing.request_parameters;
    for (let i = 0; i < 7; i++) rows.push(row('email', 'email'));
    expect(at(draft, `${REQ}[1].api_field`)[0]?.message).toBe(
      'API field "email" is used by rows 2, 4, 5, 6, 7 and 3 more',
    );
  });

  it('may repeat across tables (request and input both use employeeNumber)', () => {
    const draft = validDraft();
    expect(draft.config.profile.incoming.input_parameters[0]?.api_field).toBe('employeeNumber');
    expect(validateDraft(draft)).toEqual([]);
  });

  it('warns about case-only duplicates, which the server treats as different fields', () => {
    const draft = validDraft();
    const rows = draft.config.profile.outgoing.request_parameters;
    rows.push(row('EmployeeNumber', 'custom_hris_id'));
    const problems = validateDraft(draft).filter((p) => p.path.endsWith('.api_field'));
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        path: `${REQ}[0].api_field`,
        message: 'API field "employeeNumber" differs only in case from "EmployeeNumber" (row 4)',
      },
      {
        severity: 'warning',
        path: `${REQ}[3].api_field`,
        message: 'API field "EmployeeNumber" differs only in case from "employeeNumber" (row 1)',
      },
    ]);
    rows[3]!.api_field = 'hrisId';
    expect(validateDraft(draft).filter((p) => p.path.endsWith('.api_field'))).toEqual([]);
  });
});

describe('mangoapps_field', () => {
  it('must be chosen', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.request_parameters[2]!.mangoapps_field = '';
    expect(at(draft, `${REQ}[2].mangoapps_field`)).toMatchObject([
      { severity: 'error', message: 'Choose a MangoApps field', at: { field: 'mangoapps_field' } },
    ]);
  });

  it('must be a key of the right catalogue', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.request_parameters[2]!.mangoapps_field = 'first_nam';
    draft.config.location.outgoing.request_parameters[1]!.mangoapps_field = 'email';
    expect(at(draft, `${REQ}[2].mangoapps_field`)).toMatchObject([
      {
        severity: 'error',
        message:
          'MangoApps field "first_nam" is not in the profile field catalogue; choose another or add it as a custom field',
      },
    ]);
    expect(at(draft, 'location.outgoing.request_parameters[1].mangoapps_field')).toMatchObject([
      {
        severity: 'error',
        message:
          'MangoApps field "email" is not in the location field catalogue; choose another or add it as a custom field',
      },
    ]);
  });

  it('is known once the custom field is added to the catalogue', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.request_parameters[2]!.mangoapps_field = 'custom_cost_center';
    expect(at(draft, `${REQ}[2].mangoapps_field`)).toHaveLength(1);
    draft.catalogue.profile.push({
      key: 'custom_cost_center',
      label: 'Cost Center',
      type: 'string',
      read_only: false,
      custom: true,
    });
    expect(validateDraft(draft)).toEqual([]);
  });

  it('cannot be a read-only field in a response parameter, but may be in a request', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.response_parameters.push(row('status', 'account_status'));
    expect(at(draft, 'profile.outgoing.response_parameters[1].mangoapps_field')).toMatchObject([
      {
        severity: 'error',
        message: '"Account Status" (account_status) is read-only, so a response cannot write to it',
      },
    ]);
    draft.config.profile.outgoing.response_parameters.pop();
    draft.config.profile.outgoing.request_parameters.push(row('status', 'account_status'));
    expect(validateDraft(draft)).toEqual([]);
  });

  it.each([
    ['request_parameters', 'outgoing', 'sent'],
    ['response_parameters', 'outgoing', 'written'],
    ['input_parameters', 'incoming', 'set'],
  ] as const)('warns when %s map the same field twice', (table, section, verb) => {
    const draft = validDraft();
    const hook = draft.config.profile;
    const rows = table === 'input_parameters' ? hook.incoming.input_parameters : hook.outgoing[table];
    const extra = { ...row('jobTitle2', 'title'), identifier: false };
    rows.push({ ...extra }, { ...extra, id: 'other', api_field: 'jobTitle3' });
    const path = `profile.${section}.${table}`;
    const problems = validateDraft(draft).filter(
      (p) => p.message.startsWith('"Job Title"') && p.message.includes(verb),
    );
    const n = rows.length;
    expect(problems.map((p) => [p.severity, p.path])).toEqual(
      table === 'input_parameters'
        ? [
            ['warning', `${path}[1].mangoapps_field`],
            ['warning', `${path}[${n - 2}].mangoapps_field`],
            ['warning', `${path}[${n - 1}].mangoapps_field`],
          ]
        : [
            ['warning', `${path}[${n - 2}].mangoapps_field`],
            ['warning', `${path}[${n - 1}].mangoapps_field`],
          ],
    );
    expect(problems[0]?.message).toMatch(
      new RegExp(`^"Job Title" \\(title\\) is ${verb} by rows \\d+(, \\d+)* and \\d+$`),
    );
  });

  it('warns when a response overwrites a field the request also sends', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.response_parameters.push(row('data.email', 'email'));
    expect(at(draft, 'profile.outgoing.response_parameters[1].mangoapps_field')).toMatchObject([
      {
        severity: 'warning',
        message:
          '"Email / Login" (email) is also sent in the request (row 2); this response will overwrite it',
      },
    ]);
    draft.config.profile.outgoing.response_parameters[1]!.mangoapps_field = 'custom_hris_id';
    expect(at(draft, 'profile.outgoing.response_parameters[1].mangoapps_field')).toMatchObject([
      { severity: 'warning', message: '"HRIS ID" (custom_hris_id) is written by rows 1 and 2' },
    ]);
  });
});

describe('problem order and row ids', () => {
  it('reports table problems in row order with each row id', () => {
    const draft = validDraft();
    const rows = draft.config.profile.outgoing.request_parameters;
    rows[2]!.api_field = '';
    rows[0]!.mangoapps_field = '';
    const problems = validateDraft(draft).filter((p) => p.at.section === 'table');
    expect(problems.map((p) => p.path)).toEqual([`${REQ}[0].mangoapps_field`, `${REQ}[2].api_field`]);
    expect(problems.map((p) => p.at.section === 'table' && p.at.rowId)).toEqual([rows[0]!.id, rows[2]!.id]);
  });
});
