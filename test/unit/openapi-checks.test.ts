import { describe, expect, it } from 'vitest';
import { STANDARD_PROFILE_FIELDS } from '../../shared/model/standard-fields';
import { boundOperation, matchOperations } from '../../shared/openapi/bind';
import { checkAgainstOperation } from '../../shared/openapi/checks';
import type { ApiOperation } from '../../shared/openapi/types';
import { hrOpenapi30, hrSwagger20, indexOf, rows } from './openapi-fixture';

const index = indexOf(hrOpenapi30);
const op = index.operations.find((o) => o.key === 'POST /employees') as ApiOperation;
const fields = [
  ...STANDARD_PROFILE_FIELDS,
  { key: 'is_admin', label: 'Is admin', type: 'boolean' as const, read_only: false, custom: true },
];

const check = (request: ReturnType<typeof rows>, response: ReturnType<typeof rows> = []) =>
  checkAgainstOperation({ kind: 'profile', request, response, fields, operation: op });
const base = rows(['workEmail', 'email'], ['givenName', 'first_name'], ['familyName', 'last_name']);

describe('binding the Post to URL to an operation', () => {
  it('matches the server URL with its variable default and the path template', () => {
    expect(matchOperations('https://hr.example.com/api/v2/employees', index)[0]?.operation.key).toBe(
      'POST /employees',
    );
    expect(
      matchOperations('https://hr.example.com/api/v2/employees/42/photo?x=1', index)[0]?.operation.key,
    ).toBe('POST /employees/{id}/photo');
    expect(matchOperations('https://other.example.com/api/v2/employees', index)).toEqual([]);
    expect(matchOperations('https://hr.example.com/employees', index)).toEqual([]);
  });
  it('keeps a chosen operation over the automatic one, and falls back when the choice is gone', () => {
    const url = 'https://hr.example.com/api/v2/employees';
    expect(boundOperation(index, url, 'POST /oauth/token')).toMatchObject({
      automatic: false,
      operation: { key: 'POST /oauth/token' },
    });
    expect(boundOperation(index, url, 'POST /gone')).toMatchObject({
      automatic: true,
      operation: { key: 'POST /employees' },
    });
  });
  it('Swagger 2.0: host + basePath are the server, formData parameters are the body', () => {
    const swagger = indexOf(hrSwagger20);
    const people = matchOperations('https://legacy.example.com/v1/people', swagger)[0]?.operation;
    expect(people?.request).toMatchObject({ media_type: 'application/x-www-form-urlencoded' });
    expect(people?.request?.properties.map((p) => [p.name, p.required])).toEqual([
      ['email', true],
      ['first_name', true],
      ['is_manager', false],
    ]);
    expect(people?.response?.paths).toEqual([{ path: 'person_id', type: 'integer' }]);
  });
});

describe('checks against the bound operation', () => {
  it('says nothing about a mapping that fits', () => {
    expect(check(base, rows(['data.id', 'employee_id'], ['data.links.3.href', 'profile_image']))).toEqual([]);
  });
  it('an unknown API field, refused by additionalProperties:false, with "did you mean" by case and by edit distance', () => {
    const found = check(
      [...base, ['workemail', 'email'], ['famliyName', 'name']].map((r, i) =>
        Array.isArray(r) ? { id: `x${i}`, api_field: r[0] as string, mangoapps_field: r[1] as string } : r,
      ),
    );
    expect(found.map((f) => [f.row, f.api_field, f.suggestion])).toEqual([
      [4, 'workemail', 'did you mean "workEmail"?'],
      [5, 'famliyName', 'did you mean "familyName"?'],
    ]);
    expect(found[0]?.problem).toMatch(/additionalProperties: false/);
  });
  it('a required property no row sends, with the closest MangoApps field', () => {
    const found = check(rows(['workEmail', 'email']));
    expect(found.map((f) => [f.row, f.api_field, f.suggestion])).toEqual([
      [null, 'givenName', 'map it from first_name (First Name)'],
      [null, 'familyName', 'map it from last_name (Last Name)'],
    ]);
  });
  it.each([
    ['workEmail', 'title', /must be an email address/],
    ['birthDate', 'dob', /date-time; MangoApps sends dob as a date/],
    ['birthDate', 'title', /must be a date-time/],
    ['active', 'is_admin', /JSON boolean; MangoApps sends is_admin as the text "true"\/"false"/],
    ['level', 'employee_id', /JSON integer/],
    ['gender', 'gender', /does not accept "Other", "Prefer not to say"/],
    ['gender', 'title', /accepts only "Male", "Female"; title can hold any text/],
    ['nickname', 'also_known_as', /at most 40 characters/],
    ['homepage', 'dob', /must be a URI/],
  ])('type: %s ← %s', (api, mango, message) => {
    const found = check([
      ...base.filter((r) => r.api_field !== api),
      { id: 'z', api_field: api, mangoapps_field: mango },
    ]);
    expect(found.filter((f) => f.rowId === 'z').map((f) => f.problem)).toEqual([
      expect.stringMatching(message),
    ]);
  });
  it('a response path the success response does not have, with the nearest path', () => {
    const found = check(base, rows(['data.idd', 'employee_id'], ['id', 'employee_id']));
    expect(found.map((f) => [f.table, f.row, f.suggestion])).toEqual([
      ['response_parameters', 1, 'did you mean "data.id"?'],
      ['response_parameters', 2, null],
    ]);
  });
});
