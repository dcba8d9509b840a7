import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendRequest } from '../../electron/services/harness/http-exchange';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver({ inboxSize: 3 });
});
afterEach(() => receiver.stop());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return sendRequest(
    {
      method: 'POST',
      url: `${receiver.url}${path}`,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(text)),
        ...headers,
      },
      body: text,
    },
    { timeoutMs: 2_000 },
  );
};

describe('receiver routes', () => {
  it('fills {{field}} placeholders from the request body, keeping JSON types for whole placeholders', async () => {
    receiver.setRoute({
      method: 'POST',
      path: '/hooks',
      status: 201,
      headers: { 'X-Worker': 'yes' },
      body: {
        workerId: 'W-{{employeeNumber}}',
        copy: '{{employeeNumber}}',
        count: '{{stats.count}}',
        tags: ['{{stats.tags.0}}', 'fixed'],
        missing: '{{nope}}',
        text: 'hi {{nope}}!',
        id: '{{$id}}',
        path: '{{$method}} {{$path}}',
        nested: { n: 1, whole: '{{$body}}' },
      },
    });
    const res = await post('/hooks?x=1', { employeeNumber: 'E1', stats: { count: 3, tags: ['a'] } });
    expect(res.status).toBe(201);
    expect(res.headers['x-worker']).toBe('yes');
    expect(JSON.parse(res.body)).toEqual({
      workerId: 'W-E1',
      copy: 'E1',
      count: 3,
      tags: ['a', 'fixed'],
      missing: null,
      text: 'hi !',
      id: 'rcv-1',
      path: 'POST /hooks',
      nested: { n: 1, whole: { employeeNumber: 'E1', stats: { count: 3, tags: ['a'] } } },
    });
  });

  it('answers unscripted requests 200 naming the missing route, without echoing; * matches any method; routes can be listed and removed', async () => {
    const res = await post('/anything', { a: 1 });
    expect(JSON.parse(res.body)).toEqual({
      id: 'rcv-1',
      no_route: 'POST /anything',
      message:
        'The local receiver has no route for POST /anything. Add one under Test › Local receiver to script its answer.',
      add_route: 'add one under Test › Local receiver',
    });
    expect(res.headers['x-receiver-no-route']).toBe('POST /anything');
    receiver.setRoute({ method: '*', path: '/any', status: 202, body: { ok: true } });
    expect((await post('/any', {})).status).toBe(202);
    expect(receiver.routes()).toEqual([{ method: '*', path: '/any', status: 202, body: { ok: true } }]);
    expect(receiver.removeRoute('*', '/any')).toBe(true);
    expect((await post('/any', {})).status).toBe(200);
  });

  it('delays an answer by the route delay', async () => {
    receiver.setRoute({ method: 'POST', path: '/slow', delayMs: 300, body: {} });
    await expect(
      sendRequest({ method: 'POST', url: `${receiver.url}/slow`, headers: {}, body: '' }, { timeoutMs: 50 }),
    ).rejects.toMatchObject({
      cause: { code: 'ETIMEDOUT' },
    });
    expect(receiver.inbox.list()[0]?.response.delayMs).toBe(300);
    receiver.setRoute({ method: 'POST', path: '/slow', delayMs: 30, body: { late: true } });
    expect(JSON.parse((await post('/slow', {})).body)).toEqual({ late: true });
  });
});

describe('inbox and replay', () => {
  it('captures requests with headers, body and answer, keeping only the last N', async () => {
    for (let i = 1; i <= 5; i++) await post('/in', { i }, { 'X-N': String(i) });
    const list = receiver.inbox.list();
    expect(list.map((e) => JSON.parse(e.body).i)).toEqual([3, 4, 5]);
    expect(list[0]).toMatchObject({
      id: 'rcv-3',
      method: 'POST',
      path: '/in',
      route: 'default',
      headers: { 'x-n': '3' },
      response: { status: 200 },
    });
    expect(receiver.inbox.get('rcv-1')).toBeUndefined();
  });

  it('replays a captured request to a URL, as is or edited', async () => {
    receiver.setRoute({ method: 'POST', path: '/target', body: { got: '{{name}}' } });
    await post('/in', { name: 'Ann' }, { 'X-Trace': 'one', Authorization: 'Bearer secret-token' });
    const original = receiver.inbox.list()[0];
    if (!original) throw new Error('nothing captured');
    const plain = await receiver.replay(original.id, { url: `${receiver.url}/target` });
    expect(plain.ok).toBe(true);
    expect(JSON.parse(plain.response?.body ?? '')).toEqual({ got: 'Ann' });
    expect(plain.request.headers['authorization']).toBe('Bearer •••');
    const edited = await receiver.replay(original.id, {
      url: `${receiver.url}/target`,
      body: JSON.stringify({ name: 'Bo' }),
      headers: { 'x-trace': 'two', authorization: null, 'X-Added': 'yes' },
    });
    expect(JSON.parse(edited.response?.body ?? '')).toEqual({ got: 'Bo' });
    const [, , last] = receiver.inbox.list();
    expect(last?.headers).toMatchObject({ 'x-trace': 'two', 'x-added': 'yes', 'content-length': '13' });
    expect(last?.headers['authorization']).toBeUndefined();
    await expect(receiver.replay('rcv-999', { url: receiver.url })).rejects.toThrow(/No captured request/);
    const refused = await receiver.replay(original.id, { url: 'https://hr.example.com/x' });
    expect(refused.failure?.kind).toBe('needs_confirmation');
  });
});

describe('a receiver that keeps no inbox', () => {
  it('still answers, shows each request to onCapture, and holds none', async () => {
    const seen: string[] = [];
    const quiet = await startReceiver({ inboxSize: 0, onCapture: (e) => seen.push(e.body) });
    const bare = await startReceiver({ inboxSize: 0 });
    try {
      quiet.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'W-{{id}}' } });
      bare.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'W-{{id}}' } });
      for (const [target, id] of [
        [quiet, 1],
        [quiet, 2],
        [bare, 3],
      ] as const) {
        const text = JSON.stringify({ id });
        const res = await sendRequest(
          {
            method: 'POST',
            url: `${target.url}/hooks`,
            headers: { 'Content-Type': 'application/json' },
            body: text,
          },
          { timeoutMs: 2_000 },
        );
        expect(JSON.parse(res.body)).toEqual({ workerId: `W-${id}` });
      }
      expect(seen).toEqual(['{"id":1}', '{"id":2}']);
      expect(quiet.inbox.list()).toEqual([]);
      expect(bare.inbox.size).toBe(0);
    } finally {
      await Promise.all([quiet.stop(), bare.stop()]);
    }
  });
});

describe('receiver token endpoint and Bearer mode', () => {
  it('issues tokens, refuses bad requests per RFC 6749, and requires Bearer on routes when asked', async () => {
    await receiver.stop();
    receiver = await startReceiver({
      oauth: { clients: [{ clientId: 'c', clientSecret: 's' }], requireBearer: true },
    });
    const form = (body: string, headers: Record<string, string> = {}) =>
      sendRequest(
        {
          method: 'POST',
          url: `${receiver.url}/oauth/token`,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
          body,
        },
        { timeoutMs: 2_000 },
      );
    expect(JSON.parse((await form('grant_type=authorization_code')).body).error).toBe(
      'unsupported_grant_type',
    );
    expect(JSON.parse((await form('')).body).error).toBe('invalid_request');
    const wrong = await form('grant_type=client_credentials&client_id=c&client_secret=x');
    expect([wrong.status, JSON.parse(wrong.body).error]).toEqual([401, 'invalid_client']);
    const ok = await form('grant_type=client_credentials&client_id=c&client_secret=s');
    const token = JSON.parse(ok.body) as { access_token: string; token_type: string; expires_in: number };
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });

    const denied = await post('/hooks', {});
    expect(denied.status).toBe(401);
    expect(denied.headers['www-authenticate']).toMatch(/invalid_token/);
    expect((await post('/hooks', {}, { Authorization: `Bearer ${token.access_token}` })).status).toBe(200);
    expect(receiver.inbox.list().map((e) => e.route)).toEqual(['unauthorized', 'default']);
    // Token requests are never captured, so they take no number: the inbox counts 1, 2 like its rows.
    expect(
      receiver.inbox
        .list()
        .map((e) => e.seq)
        .sort(),
    ).toEqual([1, 2]);
    expect(receiver.oauth?.log().map((l) => l.error ?? 'ok')).toEqual([
      'unsupported_grant_type',
      'invalid_request',
      'invalid_client',
      'ok',
    ]);
  });
});
