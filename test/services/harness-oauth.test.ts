import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  basicClientAuth,
  OAuthClient,
  oauthSettingsFromDraft,
} from '../../electron/services/harness/oauth-client';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { closedPort } from './harness-fixture';

let receiver: Receiver;
let clock = 1_000_000;
const now = () => clock;

beforeEach(async () => {
  clock = 1_000_000;
  receiver = await startReceiver({
    now,
    oauth: {
      users: [{ username: 'mango-sync', password: 'p@ss word&=' }],
      clients: [{ clientId: 'studio:app', clientSecret: 's3cr%t +x' }],
      ttlSeconds: 120,
    },
  });
});
afterEach(() => receiver.stop());

const tokenUrl = () => `${receiver.url}/oauth/token`;

describe('OAuthClient against a real token endpoint', () => {
  it('gets a token with the password grant as the contract says (form body, no client auth)', async () => {
    const client = new OAuthClient(
      { tokenUrl: tokenUrl(), grant: 'password', username: 'mango-sync', password: 'p@ss word&=' },
      { now },
    );
    const token = await client.token();
    expect(token).toMatchObject({ source: 'obtained', tokenType: 'Bearer' });
    expect(token.accessToken.length).toBeGreaterThan(20);
    expect(receiver.oauth?.log()).toEqual([
      { grant_type: 'password', clientAuth: 'none', username: 'mango-sync', status: 200 },
    ]);
  });

  it('uses client credentials with HTTP Basic client authentication, form-encoding id and secret first', async () => {
    expect(basicClientAuth('a b', 'c:d')).toBe(`Basic ${Buffer.from('a+b:c%3Ad').toString('base64')}`);
    const client = new OAuthClient(
      {
        tokenUrl: tokenUrl(),
        grant: 'client_credentials',
        clientId: 'studio:app',
        clientSecret: 's3cr%t +x',
      },
      { now },
    );
    await expect(client.token()).resolves.toMatchObject({ source: 'obtained' });
    expect(receiver.oauth?.log()[0]).toMatchObject({
      grant_type: 'client_credentials',
      clientAuth: 'basic',
      clientId: 'studio:app',
    });
  });

  it('sends the client in the body when asked, and with the password grant too', async () => {
    const client = new OAuthClient(
      {
        tokenUrl: tokenUrl(),
        grant: 'password',
        username: 'mango-sync',
        password: 'p@ss word&=',
        clientId: 'studio:app',
        clientSecret: 's3cr%t +x',
        clientAuth: 'body',
      },
      { now },
    );
    await client.token();
    expect(receiver.oauth?.log()[0]).toMatchObject({
      grant_type: 'password',
      clientAuth: 'body',
      status: 200,
    });
  });

  it('reuses a token until expires_in (less the skew) passes, with an injected clock', async () => {
    const client = new OAuthClient(
      { tokenUrl: tokenUrl(), grant: 'password', username: 'mango-sync', password: 'p@ss word&=' },
      { now, skewMs: 10_000 },
    );
    const first = await client.token();
    clock += 109_000;
    const second = await client.token();
    expect(second).toMatchObject({ source: 'reused', accessToken: first.accessToken });
    clock += 2_000;
    const third = await client.token();
    expect(third.source).toBe('obtained');
    expect(third.accessToken).not.toBe(first.accessToken);
    expect(client.requests).toBe(2);
  });

  it('by default reuses a token until expires_in passes, as the contract says, not earlier', async () => {
    const client = new OAuthClient(
      { tokenUrl: tokenUrl(), grant: 'password', username: 'mango-sync', password: 'p@ss word&=' },
      { now },
    );
    const first = await client.token();
    clock += 119_999;
    expect(await client.token()).toMatchObject({ source: 'reused', accessToken: first.accessToken });
    clock += 1;
    expect((await client.token()).source).toBe('obtained');
    expect(client.requests).toBe(2);
  });

  it('shares one request between concurrent callers and invalidates only the refused token', async () => {
    const client = new OAuthClient(
      { tokenUrl: tokenUrl(), grant: 'password', username: 'mango-sync', password: 'p@ss word&=' },
      { now },
    );
    const tokens = await Promise.all([client.token(), client.token(), client.token()]);
    expect(new Set(tokens.map((t) => t.accessToken)).size).toBe(1);
    expect(client.requests).toBe(1);
    client.invalidate('some-older-token');
    expect((await client.token()).source).toBe('reused');
    client.invalidate(tokens[0]?.accessToken);
    expect((await client.token()).source).toBe('obtained');
  });

  it('explains invalid_grant with the error description, and invalid_client', async () => {
    const wrong = new OAuthClient(
      { tokenUrl: tokenUrl(), grant: 'password', username: 'mango-sync', password: 'nope' },
      { now },
    );
    await expect(wrong.token()).rejects.toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(
        /refused the username or password \(invalid_grant.*Invalid username or password/,
      ),
    });
    const badClient = new OAuthClient(
      { tokenUrl: tokenUrl(), grant: 'client_credentials', clientId: 'studio:app', clientSecret: 'wrong' },
      { now },
    );
    await expect(badClient.token()).rejects.toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(/client credentials.*invalid_client/),
    });
  });

  it('reports a non-JSON answer, a token answer without access_token, and a network failure in plain words', async () => {
    receiver.setRoute({
      method: 'POST',
      path: '/html-token',
      contentType: 'text/html',
      body: '<html>Sign in</html>',
    });
    receiver.setRoute({ method: 'POST', path: '/empty-token', body: { token_type: 'Bearer' } });
    const html = new OAuthClient({
      tokenUrl: `${receiver.url}/html-token`,
      grant: 'password',
      username: 'u',
    });
    await expect(html.token()).rejects.toThrow(/not JSON \(HTTP 200, text\/html/);
    const empty = new OAuthClient({
      tokenUrl: `${receiver.url}/empty-token`,
      grant: 'password',
      username: 'u',
    });
    await expect(empty.token()).rejects.toThrow(/no access_token/);
    const port = await closedPort();
    const refused = new OAuthClient({
      tokenUrl: `http://127.0.0.1:${port}/oauth/token`,
      grant: 'password',
      username: 'u',
    });
    await expect(refused.token()).rejects.toThrow(/Connection refused/);
  });

  it('builds settings from a draft: the contract password grant by default, client credentials as options', async () => {
    const draft = { token_url: tokenUrl(), username: 'studio:app' };
    expect(oauthSettingsFromDraft(draft, 'pw')).toEqual({
      tokenUrl: tokenUrl(),
      grant: 'password',
      username: 'studio:app',
      password: 'pw',
    });
    const basic = new OAuthClient(oauthSettingsFromDraft(draft, 's3cr%t +x', 'client_credentials_basic'), {
      now,
    });
    const body = new OAuthClient(oauthSettingsFromDraft(draft, 's3cr%t +x', 'client_credentials_body'), {
      now,
    });
    await basic.token();
    await body.token();
    expect(receiver.oauth?.log().map((l) => [l.grant_type, l.clientAuth, l.status])).toEqual([
      ['client_credentials', 'basic', 200],
      ['client_credentials', 'body', 200],
    ]);
  });

  it('refuses a plain-http token URL to another host and a grant without its credentials', () => {
    expect(
      () => new OAuthClient({ tokenUrl: 'http://hr.example.com/oauth/token', grant: 'password' }),
    ).toThrow(/https/);
    const noClient = new OAuthClient({ tokenUrl: tokenUrl(), grant: 'client_credentials' });
    return expect(noClient.token()).rejects.toThrow(/needs a client id/);
  });
});
