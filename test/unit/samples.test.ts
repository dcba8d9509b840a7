import { describe, expect, it } from 'vitest';
import { deliveryEvent } from '../../shared/mapping';
import {
  builtinLocations,
  builtinSamples,
  builtinUsers,
  identifierCheck,
  parseSamplesJson,
  SampleListSchema,
} from '../../shared/samples';

describe('built-in samples', () => {
  it('are valid, have unique ids and identifiers, and cover custom fields and both account states', () => {
    const all = builtinSamples();
    expect(SampleListSchema.safeParse(all).success).toBe(true);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const users = builtinUsers();
    expect(identifierCheck(users, 'employee_id')).toMatchObject({
      missing: [],
      collisions: [],
      caseVariants: [],
    });
    expect(users.every((u) => 'custom_cost_center' in u.fields)).toBe(true);
    expect(new Set(users.map((u) => deliveryEvent('activate_deactivate_user', u)))).toEqual(
      new Set(['activate_user', 'deactivate_user']),
    );
    expect(builtinLocations().every((l) => l.kind === 'location' && l.fields['location_id'])).toBe(true);
  });
});

describe('parseSamplesJson', () => {
  it('reads an array or a { samples } object, coercing numbers and booleans to text', () => {
    const text = JSON.stringify({
      samples: [
        {
          id: 'u1',
          label: 'Ann',
          fields: { email: 'ann@acme.com', custom_remote: true, desk_extension: 4201 },
        },
        { fields: { first_name: 'Bo', last_name: 'Chan', email: null } },
      ],
    });
    const { samples, issues } = parseSamplesJson(text);
    expect(issues).toEqual([]);
    expect(samples).toEqual([
      {
        id: 'u1',
        kind: 'profile',
        label: 'Ann',
        fields: { email: 'ann@acme.com', custom_remote: 'true', desk_extension: '4201' },
      },
      {
        id: 'json-2',
        kind: 'profile',
        label: 'Bo Chan',
        fields: { first_name: 'Bo', last_name: 'Chan', email: null },
      },
    ]);
    const locations = parseSamplesJson('[{"fields":{"location_id":"TOR"}}]', { kind: 'location' });
    expect(locations.samples[0]).toMatchObject({ kind: 'location', label: 'TOR' });
  });

  it('reports bad JSON, a bad shape and bad entries by index and path; renames repeated ids', () => {
    expect(parseSamplesJson('{oops').issues[0]?.message).toMatch(/not valid JSON/);
    expect(parseSamplesJson('{"users":[]}').issues[0]?.message).toMatch(/samples/);
    const { samples, issues } = parseSamplesJson(
      JSON.stringify([
        { id: 'a', fields: { email: 'x@acme.com' } },
        { id: 'a', fields: { email: 'y@acme.com' } },
        { fields: { email: { nested: 1 } } },
        { kind: 'team', fields: {} },
      ]),
    );
    expect(samples.map((s) => s.id)).toEqual(['a', 'a-2']);
    expect(issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [2, 'id', 'warning'],
      [3, 'fields.email', 'error'],
      [4, 'kind', 'error'],
    ]);
  });
});

describe('identifierCheck', () => {
  const s = (id: string, value: string | null | undefined) => ({
    id,
    fields: value === undefined ? {} : { email: value },
  });

  it('finds missing values, exact collisions and case / space variants', () => {
    const report = identifierCheck(
      [
        s('1', 'ann@acme.com'),
        s('2', 'Ann@Acme.com'),
        s('3', ' ann@acme.com '),
        s('4', 'ann@acme.com'),
        s('5', null),
        s('6', undefined),
        s('7', '  '),
        s('8', 'bo@acme.com'),
        s('9', 'bo@acme.com'),
        s('10', 'cy@acme.com'),
      ],
      'email',
    );
    expect(report).toEqual({
      key: 'email',
      checked: 10,
      missing: ['5', '6', '7'],
      collisions: [
        { value: 'ann@acme.com', ids: ['1', '4'] },
        { value: 'bo@acme.com', ids: ['8', '9'] },
      ],
      caseVariants: [
        { values: ['ann@acme.com', 'Ann@Acme.com', ' ann@acme.com '], ids: ['1', '4', '2', '3'] },
      ],
    });
  });
});
