import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator, WireWebhookInput } from '../../electron/services/emulator';
import { error, login, put, start, stopAll, webhookOf } from './emulator-client';

const valid = (): WireWebhookInput => ({
  outgoing: {
    triggers: ['create_user'],
    post_url: 'https://hr.example.com/hook',
    request_parameters: [{ api_field: 'empNo', mangoapps_field: 'employee_id' }],
    response_parameters: [{ api_field: 'workerId', mangoapps_field: 'custom_hris_id' }],
  },
  incoming: {
    input_parameters: [{ api_field: 'empNo', mangoapps_field: 'employee_id', user_identifier: true }],
  },
  security: { oauth: { token_url: 'https://hr.example.com/token', username: 'svc', password: 'pw' } },
  jit_provisioning: false,
});

type Case = [
  label: string,
  change: (w: WireWebhookInput) => void,
  details: { path: string; message: string }[],
];

const row = (api_field: string, mangoapps_field: string) => ({ api_field, mangoapps_field });
const long = (n: number) => 'a'.repeat(n);

// Every server rule of admin-api.md, with the exact details the emulator answers.
const CASES: Case[] = [
  [
    'an unknown trigger',
    (w) => (w.outgoing.triggers = ['create_user', 'delete_user']),
    [{ path: 'outgoing.triggers.1', message: 'unknown trigger "delete_user"' }],
  ],
  [
    'a duplicate trigger',
    (w) => (w.outgoing.triggers = ['create_user', 'create_user']),
    [{ path: 'outgoing.triggers.1', message: 'duplicate trigger "create_user"' }],
  ],
  ...(['', 'hr.example.com/hook', 'http://hr.example.com/hook', 'ftp://hr.example.com', '/relative'].map(
    (url): Case => [
      `post_url "${url}" with a trigger on`,
      (w) => (w.outgoing.post_url = url),
      [{ path: 'outgoing.post_url', message: 'post_url must be an absolute https URL when a trigger is on' }],
    ],
  ) satisfies Case[]),
  [
    'an empty api_field',
    (w) => (w.outgoing.request_parameters = [row('', 'email')]),
    [{ path: 'outgoing.request_parameters.0.api_field', message: 'api_field is required' }],
  ],
  [
    'an api_field of 101 characters',
    (w) => (w.outgoing.response_parameters = [row(long(101), 'title')]),
    [
      {
        path: 'outgoing.response_parameters.0.api_field',
        message: 'api_field is longer than 100 characters',
      },
    ],
  ],
  [
    'an api_field with a trailing space',
    (w) => w.incoming.input_parameters.push({ ...row('title ', 'title'), user_identifier: false }),
    [
      {
        path: 'incoming.input_parameters.1.api_field',
        message: 'api_field must not start or end with a space',
      },
    ],
  ],
  [
    'an api_field with a leading tab',
    (w) => (w.outgoing.request_parameters = [row('\tx', 'email')]),
    [
      {
        path: 'outgoing.request_parameters.0.api_field',
        message: 'api_field must not start or end with a space',
      },
    ],
  ],
  [
    'a duplicate api_field within a table',
    (w) => w.outgoing.request_parameters.push(row('empNo', 'email')),
    [
      {
        path: 'outgoing.request_parameters.1.api_field',
        message: 'api_field "empNo" is used more than once in this table',
      },
    ],
  ],
  [
    'an unknown mangoapps_field',
    (w) => (w.outgoing.request_parameters = [row('x', 'shoe_size')]),
    [
      {
        path: 'outgoing.request_parameters.0.mangoapps_field',
        message: '"shoe_size" is not a profile field',
      },
    ],
  ],
  [
    'an empty mangoapps_field',
    (w) => (w.outgoing.request_parameters = [row('x', '')]),
    [{ path: 'outgoing.request_parameters.0.mangoapps_field', message: 'mangoapps_field is required' }],
  ],
  [
    'a response parameter writing to a read-only field',
    (w) => (w.outgoing.response_parameters = [row('status', 'account_status')]),
    [
      {
        path: 'outgoing.response_parameters.0.mangoapps_field',
        message: '"account_status" is read-only; a response parameter cannot write to it',
      },
    ],
  ],
  [
    'input parameters without an identifier',
    (w) => (w.incoming.input_parameters = [{ ...row('empNo', 'employee_id'), user_identifier: false }]),
    [{ path: 'incoming.input_parameters', message: 'exactly one user identifier is required' }],
  ],
  [
    'input parameters with two identifiers',
    (w) => w.incoming.input_parameters.push({ ...row('mail', 'email'), user_identifier: true }),
    [{ path: 'incoming.input_parameters', message: 'exactly one user identifier is required' }],
  ],
  [
    'an identifier on a field that is not unique',
    (w) => (w.incoming.input_parameters = [{ ...row('title', 'title'), user_identifier: true }]),
    [
      {
        path: 'incoming.input_parameters.0.mangoapps_field',
        message: 'the user identifier must be a unique field; "title" is not',
      },
    ],
  ],
  [
    'a token_url that is not https',
    (w) => (w.security = { oauth: { token_url: 'http://hr.example.com/token', username: 'svc' } }),
    [{ path: 'security.oauth.token_url', message: 'token_url must be an absolute https URL' }],
  ],
  [
    'an empty OAuth username',
    (w) => (w.security = { oauth: { token_url: 'https://hr.example.com/token', username: '' } }),
    [{ path: 'security.oauth.username', message: 'username is required' }],
  ],
  [
    'an OAuth username of 201 characters',
    (w) => (w.security = { oauth: { token_url: 'https://hr.example.com/token', username: long(201) } }),
    [{ path: 'security.oauth.username', message: 'username is longer than 200 characters' }],
  ],
];

let emu: Emulator;
let cookie: string;
beforeAll(async () => {
  emu = await start();
  cookie = await login(emu);
});
afterAll(stopAll);

describe('server rules → 422 details', () => {
  it.each(CASES)('refuses %s', async (_label, change, details) => {
    const input = valid();
    change(input);
    const before = emu.state.getWebhook('profile');
    const answer = await put(emu, cookie, 'profile', input, `"${before.version}"`);
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      ms_errors: { error: { message: 'Validation failed', code: 'invalid', details } },
    });
    expect(emu.state.getWebhook('profile')).toEqual(before);
  });

  it('reports every failing rule at once', async () => {
    const input = valid();
    input.outgoing.triggers = ['x'];
    input.outgoing.request_parameters = [row('a', 'nope'), row('a', 'email')];
    input.incoming.input_parameters = [];
    const answer = await put(emu, cookie, 'profile', input, `"${emu.state.getWebhook('profile').version}"`);
    expect(error(answer)?.details?.map((d) => d.path)).toEqual([
      'outgoing.triggers.0',
      'outgoing.request_parameters.0.mangoapps_field',
      'outgoing.request_parameters.1.api_field',
    ]);
  });

  it('accepts the boundaries: no triggers with any post_url, 100-character api_field, unique custom identifier', async () => {
    const input = valid();
    input.outgoing.triggers = [];
    input.outgoing.post_url = '';
    input.outgoing.request_parameters = [row(long(100), 'email'), row('ünïcødé 字段', 'title')];
    input.outgoing.response_parameters = [row('empNo', 'employee_id')];
    input.incoming.input_parameters = [{ ...row('badge', 'custom_badge_id'), user_identifier: true }];
    input.security = { oauth: { token_url: 'https://hr.example.com/token', username: long(200) } };
    const answer = await put(emu, cookie, 'profile', input, `"${emu.state.getWebhook('profile').version}"`);
    expect(answer.status).toBe(200);
    expect(webhookOf(answer).outgoing.request_parameters[0]?.api_field).toHaveLength(100);
  });

  it('allows an empty Input Parameters table and the same api_field in different tables', async () => {
    const input = valid();
    input.incoming.input_parameters = [];
    input.outgoing.response_parameters = [row('empNo', 'custom_hris_id')];
    const answer = await put(emu, cookie, 'profile', input, `"${emu.state.getWebhook('profile').version}"`);
    expect(answer.status).toBe(200);
  });
});

describe('request shape → 422 details', () => {
  it.each([
    ['a missing wrapper', { profile_webhook: valid() }, [{ path: 'ms_request.profile_webhook' }]],
    [
      'the wrong body key',
      { ms_request: { location_webhook: valid() } },
      [{ path: 'ms_request.profile_webhook' }],
    ],
    [
      'a missing outgoing section',
      { ms_request: { profile_webhook: { ...valid(), outgoing: undefined } } },
      [{ path: 'outgoing' }],
    ],
    [
      'triggers that are not strings',
      { ms_request: { profile_webhook: { ...valid(), outgoing: { ...valid().outgoing, triggers: [1] } } } },
      [{ path: 'outgoing.triggers.0' }],
    ],
    [
      'jit_provisioning that is not a boolean',
      { ms_request: { profile_webhook: { ...valid(), jit_provisioning: 'yes' } } },
      [{ path: 'jit_provisioning' }],
    ],
  ])('refuses %s', async (_label, body, paths) => {
    const res = await fetch(`${emu.url}/api/admin/webhooks/profile.json`, {
      method: 'PUT',
      headers: {
        Cookie: cookie,
        'Content-Type': 'application/json',
        'If-Match': `"${emu.state.getWebhook('profile').version}"`,
      },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(422);
    const json = (await res.json()) as {
      ms_errors: { error: { code: string; details: { path: string }[] } };
    };
    expect(json.ms_errors.error.code).toBe('invalid');
    expect(json.ms_errors.error.details).toEqual(paths.map((p) => expect.objectContaining(p)));
  });
});
