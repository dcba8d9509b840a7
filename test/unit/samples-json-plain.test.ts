import { describe, expect, it } from 'vitest';
import { ImportedSampleSchema, parseSamplesJson, sampleLabel } from '../../shared/samples';

const ENTRIES: unknown[] = [
  { id: 'u1', kind: 'profile', label: 'Priya', fields: { email: 'p@acme.example', employee_id: 'E1' } },
  { fields: { email: 'n@acme.example', remote: true, grade: 7, manager: null }, extra: 'ignored' },
  { kind: 'location', fields: { location_id: 'L1', name: 'Pune' } },
  { id: '', fields: { email: 'x@acme.example' } },
  { kind: 'team', fields: {} },
  { fields: { nested: { a: 1 } } },
  { label: 'x'.repeat(201), fields: {} },
  'not an object',
  { id: 'u1', fields: { email: 'dup@acme.example' } },
];

describe('parseSamplesJson', () => {
  it('reads plain entries exactly as the schema does, and words problems as the schema does', () => {
    const result = parseSamplesJson(JSON.stringify(ENTRIES), { idPrefix: 'json' });
    const expected = ENTRIES.flatMap((entry, i) => {
      const parsed = ImportedSampleSchema.safeParse(entry);
      if (!parsed.success) return [];
      const id = parsed.data.id === 'u1' && i > 0 ? `u1-${i + 1}` : (parsed.data.id ?? `json-${i + 1}`);
      return [
        {
          id,
          kind: parsed.data.kind ?? 'profile',
          label: parsed.data.label ?? sampleLabel(parsed.data.fields, id),
          fields: parsed.data.fields,
        },
      ];
    });
    expect(result.samples).toEqual(expected);
    expect(result.samples[1]?.fields).toEqual({
      email: 'n@acme.example',
      remote: 'true',
      grade: '7',
      manager: null,
    });
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([4, 5, 6, 7, 8]);
  });
});
