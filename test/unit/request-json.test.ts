import { describe, expect, it } from 'vitest';
import { requestBodyJson, runPlanJson } from '../../shared/mapping/request-json';
import { compileRequestPlan, runPlan } from '../../shared/mapping/request-plan';
import { CATALOGUE, webhook } from './mapping-fixture';

const rows = (names: [string, string][]) => webhook(names).outgoing.request_parameters;
const same = (names: [string, string][], profile: Record<string, unknown>) => {
  const plan = compileRequestPlan(rows(names), CATALOGUE);
  expect(runPlanJson(plan, profile)).toBe(JSON.stringify(runPlan(plan, profile)));
  return runPlanJson(plan, profile);
};

describe('a request body written as JSON text', () => {
  it('is the text JSON.stringify gives for the mapped object, typed values included', () => {
    const hook = webhook([
      ['employeeNumber', 'employee_id'],
      ['remote', 'custom_remote'],
      ['startDate', 'custom_start_date'],
      ['costCenter', 'custom_cost_center'],
      ['mobile', 'mobile'],
    ]);
    const profile = {
      employee_id: 'E1001',
      custom_remote: 'yes',
      custom_start_date: '2016-04-11T00:00:00Z',
      custom_cost_center: 'r&d',
      mobile: '',
    };
    expect(requestBodyJson(hook, profile, CATALOGUE)).toBe(
      '{"employeeNumber":"E1001","remote":"true","startDate":"2016-04-11","costCenter":"R&D","mobile":null}',
    );
  });

  it.each([
    ['a quote and a backslash', 'say "hi" \\ bye'],
    ['control characters', 'line\nbreak\ttab\u0000nul\u001f'],
    ['non-ASCII text and an emoji', 'Zoë Šimić 東京 😀'],
    ['a lone high surrogate', 'bad \ud800 end'],
    ['a lone low surrogate', '\udfff'],
    ['a line separator', 'a\u2028b\u2029c'],
    ['an object value', { nested: ['x', '"'] }],
  ])('escapes %s exactly as JSON.stringify', (_what, value) => {
    same([['note', 'title']], { title: value });
  });

  it('keeps the object key order when a repeated API field or an index-like one changes it', () => {
    expect(
      same(
        [
          ['a', 'first_name'],
          ['b', 'last_name'],
          ['a', 'title'],
        ],
        { first_name: 'F', last_name: 'L', title: 'T' },
      ),
    ).toBe('{"a":"T","b":"L"}');
    expect(
      same(
        [
          ['name', 'first_name'],
          ['10', 'title'],
          ['2', 'last_name'],
        ],
        { first_name: 'F', last_name: 'L', title: 'T' },
      ),
    ).toBe('{"2":"L","10":"T","name":"F"}');
  });

  it('writes odd key names as JSON does: quoted, escaped, __proto__ as an ordinary key', () => {
    expect(
      same(
        [
          ['__proto__', 'first_name'],
          ['we"ird\\', 'last_name'],
          ['4294967295', 'title'],
          ['01', 'email'],
        ],
        { first_name: 'F', last_name: null, title: 'T', email: 'e@x.io' },
      ),
    ).toBe('{"__proto__":"F","we\\"ird\\\\":null,"4294967295":"T","01":"e@x.io"}');
  });

  it('is {} with no request parameters', () => {
    expect(same([], { first_name: 'F' })).toBe('{}');
  });
});
