import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toJsonReport, toJUnitXml } from '../../electron/services/harness';
import type { BatchReport } from '../../electron/services/harness';
import { hostSecrets, SecretRedactor, secretSpellings } from '../../electron/services/secrets/redactor';
import { domainWith, startHost, type TestHost } from './harness-service-fixture';

/** A password with every character that changes under URL, form, JSON and base64 encoding. */
const PASSWORD = 'p@ss "w0rd"&+/é\\x';
const PRIYA = { kind: 'profile', trigger: 'create_user', sample_id: 'sample-priya' } as const;

/** Every spelling the password may take, plus the Basic credential a client-credentials request sends. */
function leaks(text: string): string[] {
  const forms = [
    ...secretSpellings(PASSWORD),
    Buffer.from(`sync:${encodeURIComponent(PASSWORD)}`).toString('base64'),
  ];
  return forms.filter((f) => text.includes(f));
}

/**
 * A real token endpoint that refuses every request and echoes it back in `error_description`: the raw
 * form body, the Authorization header, the decoded password and its base64, as careless servers do.
 */
async function startEchoingTokenEndpoint(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      if (req.url === '/oauth/token') {
        const password = new URLSearchParams(body).get('password') ?? '';
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: 'invalid_grant',
            error_description: `bad request ${body} auth=${req.headers.authorization ?? ''} pw=${password} b64=${Buffer.from(password).toString('base64')}`,
          }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function allFiles(dir: string): Promise<string> {
  const names = await fs.readdir(dir, { recursive: true });
  const texts = await Promise.all(names.map((n) => fs.readFile(path.join(dir, n), 'utf8').catch(() => '')));
  return texts.join('\n');
}

describe('redaction by value', () => {
  it('masks a secret in every spelling, wherever it hides', () => {
    const r = new SecretRedactor();
    r.remember(PASSWORD);
    r.remember('Bearer tok-123456');
    for (const spelling of secretSpellings(PASSWORD)) {
      expect(r.redact(`x ${spelling} y`)).toBe('x ••• y');
    }
    expect(r.redact('the token tok-123456 expired')).toBe('the token ••• expired');
    expect(r.redactDeep({ a: [{ b: `say ${PASSWORD}` }], n: 3 })).toEqual({ a: [{ b: 'say •••' }], n: 3 });
    // Short values would mask ordinary words; they are left to the key-name masking.
    r.remember('abc');
    expect(r.redact('abcdef')).toBe('abcdef');
    const parsed = JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    const out = r.redactDeep(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__']);
  });

  it('learns the password of a URL and of a Basic header', () => {
    const r = new SecretRedactor();
    r.rememberUrl('https://me:s3cr%40t@hr.example.com/hooks');
    expect(r.redact('sent s3cr@t and s3cr%40t')).toBe('sent ••• and •••');
    r.remember(`Basic ${Buffer.from('id:cl1ent-secret').toString('base64')}`);
    expect(r.redact('secret cl1ent-secret')).toBe('secret •••');
  });
});

describe('a token endpoint that echoes the request', () => {
  let host: TestHost;
  let endpoint: Awaited<ReturnType<typeof startEchoingTokenEndpoint>>;
  beforeEach(async () => {
    host = await startHost();
    endpoint = await startEchoingTokenEndpoint();
  });
  afterEach(async () => {
    await host.stop();
    await endpoint.close();
  });

  it('never puts the OAuth password in the trace, the exchange log, or the JSON and JUnit exports', async () => {
    const d = await domainWith(host, `${endpoint.url}/hooks`, (draft) => {
      draft.config.security.oauth = { token_url: `${endpoint.url}/oauth/token`, username: 'sync' };
    });
    await host.call('secrets:set', { domain_id: d.id, name: 'oauth_password', value: PASSWORD });

    const fired = await host.call('harness:fire', { id: d.id, ...PRIYA, target: 'post_url' });
    expect(fired.failure).toMatchObject({ step: 'token' });
    expect(fired.failure?.message).toMatch(/bad request grant_type=password/);
    const basic = await host.call('harness:fire', {
      id: d.id,
      ...PRIYA,
      target: 'post_url',
      oauth_mode: 'client_credentials_basic',
    });
    expect(basic.failure).toMatchObject({ step: 'token' });

    const started = await host.call('harness:batch-start', {
      id: d.id,
      kind: 'profile',
      sample_ids: ['sample-priya'],
      target: 'post_url',
      triggers: ['create_user'],
    });
    if (started.status !== 'started') throw new Error('not started');
    let result = await host.call('harness:batch-result', { run_id: started.run_id });
    while (!result.progress.finished) {
      await new Promise((r) => setTimeout(r, 20));
      result = await host.call('harness:batch-result', { run_id: started.run_id });
    }
    const junit = await host.call('harness:batch-export', { run_id: started.run_id, format: 'junit' });
    const json = await host.call('harness:batch-export', { run_id: started.run_id, format: 'json' });
    expect(junit.text).toContain('<failure');
    await host.app.close();

    const answers = JSON.stringify([fired, basic, result, junit, json]);
    expect(leaks(answers)).toEqual([]);
    const disk = await allFiles(host.dir);
    expect(disk).toContain('bad request');
    expect(leaks(disk)).toEqual([]);
    await host.restart();
  });

  it('masks the JSON and JUnit exports themselves, whatever carries them', () => {
    hostSecrets.remember(PASSWORD);
    const report: BatchReport = {
      runId: 'r1',
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:01.000Z',
      durationMs: 1000,
      cancelled: false,
      url: 'https://hr.example.com/hooks',
      concurrency: 1,
      triggers: ['create_user'],
      total: 1,
      passed: 0,
      failed: 1,
      cancelledCount: 0,
      notRun: 0,
      results: [
        {
          index: 0,
          trigger: 'create_user',
          event: 'create_user',
          sampleId: 's',
          sampleLabel: 'S',
          deliveryId: 'd',
          outcome: 'failed',
          ms: 1,
          expectations: [],
          failure: { step: 'token', kind: 'token', message: `echo ${JSON.stringify({ PASSWORD })}` },
        },
      ],
      exchanges: [],
      failedExchanges: [],
    };
    const xml = toJUnitXml(report);
    const json = toJsonReport(report);
    expect(xml).toContain('echo');
    expect(leaks(xml)).toEqual([]);
    expect(leaks(json)).toEqual([]);
  });
});
