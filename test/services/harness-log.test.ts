import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../electron/services/harness/batch';
import { exchangeFromNotify } from '../../electron/services/harness/exchange-entries';
import { ExchangeLog, type LoggedExchange } from '../../electron/services/harness/exchange-log';
import { fireNotify } from '../../electron/services/harness/notify';
import { startReceiver } from '../../electron/services/harness/receiver';
import { redactText } from '../../electron/services/harness/redact';
import { fireDelivery } from '../../electron/services/harness/sender';
import { CATALOGUE, PRIYA, profileWebhook } from './harness-fixture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'harness-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SECRETS = [
  'real-token-123',
  'hunter2',
  'cl1ent-s3cret',
  'qs-token-9',
  'n0tify-s3cret',
  'basic-creds',
  'resp-token-7',
];

const exchange = (id: string): LoggedExchange => ({
  id,
  at: '2026-11-20T10:00:00.000Z',
  direction: 'outgoing',
  method: 'POST',
  url: 'https://hr.example.com/hook?access_token=qs-token-9&x=1',
  status: 200,
  ok: true,
  ms: 12,
  failure: { step: 'response', kind: 'http_status', message: 'sent Bearer real-token-123' },
  request: {
    headers: {
      Authorization: 'Bearer real-token-123',
      'Content-Type': 'application/json',
      Cookie: 'sid=basic-creds',
    },
    body: JSON.stringify({
      employeeNumber: 'E1',
      password: 'hunter2',
      nested: { client_secret: 'cl1ent-s3cret' },
    }),
  },
  response: {
    headers: { 'content-type': 'application/json' },
    body: '{"access_token":"resp-token-7","id":"W-1"}',
  },
});

describe('redaction', () => {
  it('masks secrets in JSON, form bodies, URLs, notify URLs and credentials in free text', () => {
    expect(redactText('grant_type=password&username=u&password=hunter2')).toBe(
      'grant_type=password&username=u&password=•••',
    );
    expect(redactText('{"a":1,"refresh_token":"x","list":[{"api_key":"k"}]}')).toBe(
      '{"a":1,"refresh_token":"•••","list":[{"api_key":"•••"}]}',
    );
    expect(redactText('http://127.0.0.1:9/api/webhooks/profile/notify/n0tify-s3cret.json')).toBe(
      'http://127.0.0.1:9/api/webhooks/profile/notify/•••.json',
    );
    expect(redactText('failed with Basic YWJjOmRlZg== header')).toBe('failed with Basic ••• header');
    expect(redactText('{"name":"Ann","title":"CTO"}')).toBe('{"name":"Ann","title":"CTO"}');
  });
});

describe('ExchangeLog', () => {
  it('keeps exchanges with secrets redacted, on disk and in memory', async () => {
    const log = await ExchangeLog.open(dir);
    log.record(exchange('e1'));
    log.record({
      ...exchange('e2'),
      direction: 'incoming',
      url: 'http://127.0.0.1:5/api/webhooks/profile/notify/n0tify-s3cret.json',
    });
    await log.flush();
    const text = readFileSync(log.file, 'utf8');
    for (const secret of SECRETS) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(log.exchanges())).not.toContain(secret);
    }
    const [second, first] = log.exchanges();
    expect(first?.request?.headers['Authorization']).toBe('Bearer •••');
    expect(first?.url).toBe('https://hr.example.com/hook?access_token=•••&x=1');
    expect(second?.url).toMatch(/notify\/•••\.json$/);
    expect(JSON.parse(first?.response?.body ?? '')).toEqual({ access_token: '•••', id: 'W-1' });
    expect(statSync(log.file).mode & 0o777).toBe(0o600);
  });

  it('survives a restart, keeps only the last N, and records runs', async () => {
    const receiver = await startReceiver();
    try {
      const log = await ExchangeLog.open(dir, { maxExchanges: 3, flushDelayMs: 5 });
      const webhook = profileWebhook(`${receiver.url}/hooks`, []);
      for (let i = 0; i < 5; i++) {
        log.recordTrace(
          await fireDelivery({
            webhook,
            catalogue: CATALOGUE,
            trigger: 'create_user',
            sample: PRIYA,
            deliveryId: `d${i}`,
          }),
        );
      }
      const report = await runBatch({
        webhook,
        catalogue: CATALOGUE,
        samples: [PRIYA],
        triggers: ['create_user'],
        runId: 'run-7',
        onExchange: (t) => log.recordTrace(t, 'run-7'),
      });
      log.recordRun(report);
      await log.flush();

      const reopened = await ExchangeLog.open(dir);
      expect(reopened.loadProblem).toBeNull();
      expect(reopened.exchanges().map((e) => e.id)).toEqual([report.results[0]?.deliveryId, 'd4', 'd3']);
      expect(reopened.exchanges()[0]).toMatchObject({
        runId: 'run-7',
        direction: 'outgoing',
        status: 200,
        ok: true,
        event: 'create_user',
      });
      expect(reopened.exchanges()[1]?.request?.body).toContain('"employeeNumber":"E1001"');
      expect(reopened.runs()).toEqual([
        expect.objectContaining({ runId: 'run-7', total: 1, passed: 1, failed: 0 }),
      ]);
    } finally {
      await receiver.stop();
    }
  });

  it('logs incoming notify calls without the notify URL secret', async () => {
    const receiver = await startReceiver();
    try {
      const url = `${receiver.url}/api/webhooks/profile/notify/n0tify-s3cret.json`;
      receiver.setRoute({
        method: 'POST',
        path: '/api/webhooks/profile/notify/n0tify-s3cret.json',
        body: { ms_response: { user: { id: '7', updated_fields: ['title'] } } },
      });
      const result = await fireNotify({ url, payload: { employeeNumber: 'E7', password: 'hunter2' } });
      expect(result.matched).toEqual({ kind: 'user', id: '7', updatedFields: ['title'] });
      const log = await ExchangeLog.open(dir);
      log.record(exchangeFromNotify(result, '2026-11-20T10:00:00.000Z', 'n1'));
      await log.flush();
      const text = readFileSync(log.file, 'utf8');
      expect(text).not.toContain('n0tify-s3cret');
      expect(text).not.toContain('hunter2');
      expect((await ExchangeLog.open(dir)).exchanges()[0]).toMatchObject({
        direction: 'incoming',
        status: 200,
        ok: true,
      });
    } finally {
      await receiver.stop();
      await receiver.stop();
    }
  });

  it('sets an unreadable log aside and starts empty instead of failing', async () => {
    writeFileSync(path.join(dir, 'harness-log.json'), '{not json');
    const log = await ExchangeLog.open(dir);
    expect(log.loadProblem).toMatch(/not valid JSON/);
    expect(log.exchanges()).toEqual([]);
    expect(existsSync(path.join(dir, 'harness-log.json.unreadable'))).toBe(true);
    log.record(exchange('e1'));
    await log.flush();
    expect((await ExchangeLog.open(dir)).exchanges()).toHaveLength(1);
    await log.clear();
    expect((await ExchangeLog.open(dir)).exchanges()).toEqual([]);
  });

  it('checks a loaded log against its schema: entries of the wrong shape set the file aside, reported', async () => {
    writeFileSync(
      path.join(dir, 'harness-log.json'),
      JSON.stringify({ format_version: 1, exchanges: [{ id: 7, url: null }], runs: [] }),
    );
    const log = await ExchangeLog.open(dir);
    expect(log.loadProblem).toMatch(/^not a log \(exchanges\[0\]/);
    expect(log.exchanges()).toEqual([]);
    expect(existsSync(path.join(dir, 'harness-log.json.unreadable'))).toBe(true);
  });
});
