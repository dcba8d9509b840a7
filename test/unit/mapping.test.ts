import { describe, expect, it } from 'vitest';
import {
  buildRequestBody,
  compileRequestPlan,
  composeNotify,
  deliveryEvent,
  formatBoolean,
  formatDate,
  identifierRow,
  kindOfTrigger,
  readPath,
  readResponse,
  runPlan,
  triggerOfEvent,
} from '../../shared/mapping';
import { CATALOGUE, webhook } from './mapping-fixture';

describe('buildRequestBody', () => {
  it('sends one key per request parameter, values as strings per catalogue type', () => {
    const hook = webhook([
      ['employeeNumber', 'employee_id'],
      ['workEmail', 'email'],
      ['remote', 'custom_remote'],
      ['startDate', 'custom_start_date'],
      ['birthDate', 'dob'],
      ['costCenter', 'custom_cost_center'],
      ['mobile', 'mobile'],
      ['deskExt', 'desk_extension'],
    ]);
    const body = buildRequestBody(
      hook,
      {
        employee_id: 'E1001',
        email: 'priya.raman@acme.com',
        custom_remote: true,
        custom_start_date: '2016-04-11T00:00:00Z',
        dob: new Date(Date.UTC(1984, 2, 12)),
        custom_cost_center: 'r&d',
        mobile: '',
        desk_extension: 4201,
      },
      CATALOGUE,
    );
    expect(body).toEqual({
      employeeNumber: 'E1001',
      workEmail: 'priya.raman@acme.com',
      remote: 'true',
      startDate: '2016-04-11',
      birthDate: '1984-03-12',
      costCenter: 'R&D',
      mobile: null,
      deskExt: '4201',
    });
    expect(Object.keys(body)).toEqual([
      'employeeNumber',
      'workEmail',
      'remote',
      'startDate',
      'birthDate',
      'costCenter',
      'mobile',
      'deskExt',
    ]);
  });

  it('sends null for absent, null and blank values, and keeps unknown fields as text', () => {
    const hook = webhook([
      ['a', 'title'],
      ['b', 'department'],
      ['c', 'phone'],
      ['d', 'not_in_catalogue'],
    ]);
    expect(
      buildRequestBody(hook, { department: null, phone: '   ', not_in_catalogue: 7 }, CATALOGUE),
    ).toEqual({
      a: null,
      b: null,
      c: null,
      d: '7',
    });
  });

  it('skips rows without an API field, lets a repeated API field keep the last row, and survives __proto__', () => {
    const hook = webhook([
      ['', 'email'],
      ['id', 'email'],
      ['id', 'employee_id'],
      ['__proto__', 'title'],
    ]);
    const body = buildRequestBody(hook, { email: 'a@acme.com', employee_id: 'E1', title: 'CTO' }, CATALOGUE);
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(body))).toEqual(JSON.parse('{"id":"E1","__proto__":"CTO"}'));
  });

  it('recompiles when rows are edited in place (the cache never serves a stale plan)', () => {
    const hook = webhook([['x', 'email']]);
    const profile = { email: 'a@acme.com', employee_id: 'E7' };
    expect(buildRequestBody(hook, profile, CATALOGUE)).toEqual({ x: 'a@acme.com' });
    const first = hook.outgoing.request_parameters[0];
    if (!first) throw new Error('fixture');
    first.mangoapps_field = 'employee_id';
    expect(buildRequestBody(hook, profile, CATALOGUE)).toEqual({ x: 'E7' });
    hook.outgoing.request_parameters.push({ id: 'new', api_field: 'y', mangoapps_field: 'email' });
    expect(buildRequestBody(hook, profile, CATALOGUE)).toEqual({ x: 'E7', y: 'a@acme.com' });
  });

  it('maps with an explicit compiled plan the same way', () => {
    const hook = webhook([['flag', 'custom_remote']]);
    const plan = compileRequestPlan(hook.outgoing.request_parameters, CATALOGUE);
    expect(plan.steps).toHaveLength(1);
    expect(runPlan(plan, { custom_remote: 'Yes' })).toEqual({ flag: 'true' });
  });
});

describe('formatters', () => {
  it('normalises boolean spellings and leaves unknown words visible', () => {
    expect(['TRUE', 'yes', '1', 1, true].map(formatBoolean)).toEqual([
      'true',
      'true',
      'true',
      'true',
      'true',
    ]);
    expect(['False', 'no', '0', 0, false].map(formatBoolean)).toEqual([
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(formatBoolean('maybe')).toBe('maybe');
    expect(formatBoolean(null)).toBeNull();
  });

  it('writes dates as yyyy-mm-dd without shifting a written date-time across time zones', () => {
    expect(formatDate('2026-12-31T23:30:00-08:00')).toBe('2026-12-31');
    expect(formatDate('2026/01/05')).toBe('2026-01-05');
    expect(formatDate(Date.UTC(2000, 1, 29))).toBe('2000-02-29');
    expect(formatDate(new Date(Number.NaN))).toBeNull();
    expect(formatDate('5 March')).toBe('5 March');
  });
});

describe('readPath and readResponse', () => {
  const answer = { workerId: 'W-1', data: { id: 42, tags: ['a', 'b'], empty: null }, 'flat.key': 'flat' };

  it('reads dotted paths through objects and arrays, preferring a literal dotted key', () => {
    expect(readPath(answer, 'data.id')).toEqual({ found: true, value: 42 });
    expect(readPath(answer, 'data.tags.1')).toEqual({ found: true, value: 'b' });
    expect(readPath(answer, 'data.empty')).toEqual({ found: true, value: null });
    expect(readPath(answer, 'flat.key')).toEqual({ found: true, value: 'flat' });
    expect(readPath(answer, 'data.nope')).toEqual({ found: false });
    expect(readPath(answer, 'workerId.length')).toEqual({ found: false });
    expect(readPath(answer, 'toString')).toEqual({ found: false });
    expect(readPath('text', 'a')).toEqual({ found: false });
  });

  it('reports the response fields the answer lacks', () => {
    const hook = webhook(
      [],
      [
        ['workerId', 'custom_hris_id'],
        ['data.id', 'employee_id'],
        ['data.missing', 'title'],
        ['', 'department'],
      ],
    );
    const read = readResponse(hook.outgoing.response_parameters, answer);
    expect(read.missing).toEqual(['data.missing']);
    expect(read.values.map((v) => [v.api_field, v.key, v.found, v.value])).toEqual([
      ['workerId', 'custom_hris_id', true, 'W-1'],
      ['data.id', 'employee_id', true, 42],
      ['data.missing', 'title', false, undefined],
    ]);
    expect(readResponse(hook.outgoing.response_parameters, [1, 2]).missing).toHaveLength(3);
  });
});

describe('composeNotify', () => {
  it('builds the flat payload of the input parameters from a sample, formatted by type', () => {
    const hook = webhook(
      [],
      [],
      [
        ['employeeNumber', 'employee_id', true],
        ['jobTitle', 'title'],
        ['remote', 'custom_remote'],
        ['managerEmail', 'manager'],
      ],
    );
    const sample = { fields: { employee_id: 'E1004', title: 'HRBP', custom_remote: 'TRUE', manager: null } };
    expect(composeNotify(hook, sample, CATALOGUE)).toEqual({
      employeeNumber: 'E1004',
      jobTitle: 'HRBP',
      remote: 'true',
      managerEmail: null,
    });
    expect(identifierRow(hook)?.api_field).toBe('employeeNumber');
    expect(identifierRow(webhook([]))).toBeUndefined();
  });
});

describe('deliveryEvent', () => {
  const status = (account_status: string | null) => ({ fields: { account_status } });

  it('maps Activate/Deactivate User by the sample account status', () => {
    expect(deliveryEvent('activate_deactivate_user', status('Active'))).toBe('activate_user');
    expect(deliveryEvent('activate_deactivate_user', status(null))).toBe('activate_user');
    expect(deliveryEvent('activate_deactivate_user', status('Deactivated'))).toBe('deactivate_user');
    expect(deliveryEvent('activate_deactivate_user', status('Rejected'))).toBe('deactivate_user');
  });

  it('maps the other triggers and explicit events 1:1 and refuses unknown names', () => {
    for (const t of [
      'create_user',
      'update_user_profile',
      'create_location',
      'update_location',
      'delete_location',
    ]) {
      expect(deliveryEvent(t, status('Deactivated'))).toBe(t);
    }
    expect(deliveryEvent('deactivate_user', status('Active'))).toBe('deactivate_user');
    expect(() => deliveryEvent('delete_user', status(null))).toThrow(/not a trigger/);
    expect(triggerOfEvent('deactivate_user')).toBe('activate_deactivate_user');
    expect(kindOfTrigger('update_location')).toBe('location');
    expect(kindOfTrigger('activate_user')).toBe('profile');
  });
});
