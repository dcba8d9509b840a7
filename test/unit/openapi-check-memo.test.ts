import { describe, expect, it } from 'vitest';
import { draftWithRows } from '../../bench/openapi-data';
import { checkDraftAgainstDescription, didYouMean, matchOperations } from '../../shared/openapi';
import { nameMatcher } from '../../shared/openapi/distance';
import type { ApiIndex } from '../../shared/openapi/types';

const index: ApiIndex = {
  spec: 'openapi-3.0',
  title: 'HR',
  version: '1',
  operations: [
    {
      key: 'POST /employees',
      method: 'POST',
      path: '/employees',
      servers: ['https://hr.example.com/v1'],
      request: {
        media_type: 'application/json',
        additional_properties: true,
        properties: [
          { name: 'field_0', required: false },
          { name: 'field_1', required: false, format: 'email' },
        ],
      },
      response: null,
    },
  ],
};

describe('checks remembered between live re-checks stay right when the draft changes', () => {
  it('a catalogue edit (a new catalogue) is checked afresh, not answered from the previous one', () => {
    const draft = draftWithRows(2);
    const before = checkDraftAgainstDescription(draft, index);
    // Row 1 maps first_name (a text field) into an email property; the catalogue then makes it an email.
    expect(before.find((f) => f.api_field === 'field_1')?.problem).toMatch(/must be an email address/);
    const catalogue = draft.catalogue.profile.map((f) =>
      f.key === 'first_name' ? { ...f, type: 'email' as const } : f,
    );
    const after = checkDraftAgainstDescription(
      { ...draft, catalogue: { ...draft.catalogue, profile: catalogue } },
      index,
    );
    expect(after.filter((f) => f.api_field === 'field_1')).toEqual([]);
    expect(checkDraftAgainstDescription(draft, index)).toEqual(before);
  });

  it('operation matches handed out are copies: sorting or emptying one does not change the next', () => {
    const first = matchOperations('https://hr.example.com/v1/employees', index);
    first.length = 0;
    expect(matchOperations('https://hr.example.com/v1/employees', index)).toHaveLength(1);
  });

  it('"did you mean" answers the same for the same name, and per candidate list', () => {
    const m = nameMatcher(['first_name', 'last_name']);
    expect(didYouMean('frist_name', m)).toBe('first_name');
    expect(didYouMean('frist_name', m)).toBe('first_name');
    expect(didYouMean('frist_name', nameMatcher(['surname']))).toBeNull();
  });
});
