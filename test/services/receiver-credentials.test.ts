import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { domainWith, useHostPerTest } from './harness-service-fixture';

const host = useHostPerTest();

/** A token request as any process on the machine could send it, with the Host header it chooses. */
function tokenRequest(
  url: string,
  form: Record<string, string>,
  hostHeader?: string,
): Promise<{ status: number; body: string }> {
  const target = new URL(`${url}/oauth/token`);
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(hostHeader ? { host: hostHeader } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the local receiver is not a password oracle', () => {
  it('uses its own per-session account, shown in its status, and never learns the real OAuth password', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks', (draft) => {
      draft.config.security.oauth = { token_url: 'https://hr.example.com/oauth/token', username: 'sync' };
    });
    await host.call('secrets:set', { domain_id: d.id, name: 'oauth_password', value: 'Real-Pa55word' });
    const fired = await host.call('harness:fire', {
      id: d.id,
      kind: 'profile',
      trigger: 'create_user',
      sample_id: 'sample-priya',
      target: 'receiver',
    });
    expect(fired.steps.find((s) => s.step === 'token')).toMatchObject({ status: 'obtained' });

    const status = await host.call('harness:receiver-status', {});
    const account = status.credentials!;
    expect(account.username).toMatch(/^receiver-/);
    expect(account.password.length).toBeGreaterThanOrEqual(20);
    const url = status.url!;

    const real = await tokenRequest(url, {
      grant_type: 'password',
      username: 'sync',
      password: 'Real-Pa55word',
    });
    expect(real.status).toBe(400);
    expect(JSON.parse(real.body)).toMatchObject({ error: 'invalid_grant' });
    const own = await tokenRequest(url, { grant_type: 'password', ...account });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ token_type: 'Bearer' });
  });

  it('answers only requests that name it (no DNS rebinding) and stops answering after repeated failures', async () => {
    const status = await host.call('harness:receiver-start', {});
    const url = status.url!;
    const account = status.credentials!;
    const port = new URL(url).port;

    const rebound = await tokenRequest(url, { grant_type: 'password', ...account }, `evil.example:${port}`);
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('access_token');
    expect(
      (await tokenRequest(url, { grant_type: 'password', ...account }, `localhost:${port}`)).status,
    ).toBe(200);

    for (let i = 0; i < 10; i++) {
      const guess = await tokenRequest(url, {
        grant_type: 'password',
        username: account.username,
        password: `g${i}`,
      });
      expect(guess.status).toBe(400);
    }
    const locked = await tokenRequest(url, { grant_type: 'password', ...account });
    expect(locked.status).toBe(429);
    expect(JSON.parse(locked.body)).toMatchObject({ error: 'too_many_attempts' });
  });
});
