import { describe, expect, it } from 'vitest';
import { STANDARD_PROFILE_FIELDS } from '../../shared/model/standard-fields';
import {
  proposeRequiredRows,
  suggestRequestFields,
  suggestResponsePaths,
} from '../../shared/openapi/suggest';
import { hrOpenapi30, indexOf, rows } from './openapi-fixture';

const op = indexOf(hrOpenapi30).operations[0] ?? null;

describe('suggestions', () => {
  it('API Field autocomplete lists top-level properties with type, format, enum, required and description', () => {
    expect(suggestRequestFields(op, 'mail')).toEqual([
      { name: 'workEmail', type: 'string', format: 'email', required: true, description: 'Login' },
    ]);
    expect(suggestRequestFields(op, 'g').map((p) => p.name)).toEqual(['givenName', 'gender', 'homepage']);
    expect(suggestRequestFields(op, 'GENDER')[0]).toMatchObject({
      enum: ['Male', 'Female'],
      required: false,
    });
  });
  it('response parameters autocomplete as dotted paths, arrays as .0.', () => {
    expect(suggestResponsePaths(op, 'data').map((p) => p.path)).toEqual([
      'data',
      'data.id',
      'data.links',
      'data.links.0.href',
    ]);
  });
  it('"Map all required fields" proposes the closest unused MangoApps field by name and type', () => {
    expect(
      proposeRequiredRows(op, rows(['givenName', 'first_name']), STANDARD_PROFILE_FIELDS).map((p) => [
        p.api_field,
        p.mangoapps_field,
      ]),
    ).toEqual([
      ['workEmail', 'email'],
      ['familyName', 'last_name'],
    ]);
  });
  it('proposes no field rather than one whose type cannot fit', () => {
    const fields = STANDARD_PROFILE_FIELDS.filter((f) => f.type !== 'email');
    expect(proposeRequiredRows(op, [], fields)[0]).toMatchObject({
      api_field: 'workEmail',
      mangoapps_field: null,
    });
  });
});
