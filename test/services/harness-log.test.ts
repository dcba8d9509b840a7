import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../electron/services/harness/batch';
import { exchangeFromNotify } from '../../electron/services/harness/exchange-entries';
import type { ExchangeLogOptions, LoggedExchange } from '../../electron/services/harness/exchange-log';
import { HarnessLogs } from '../../electron/services/harness/logs';
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

/** The logs as the host keeps them: one per domain under `logs/`, damaged files moved to `quarantine/`. */
const logsIn = (options: ExchangeLogOptions = {}) =>
  new HarnessLogs(path.join(dir, 'logs'), path.join(dir, 'quarantine'), options);
/** Domain d1's log, opened afresh as after a restart. */
const openLog = (options: ExchangeLogOptions = {}) => logsIn(options).get('d1');
/** Where domain d1's log file lives. */
const logFile = () => path.join(dir, 'logs', 'd1', 'harness-log.json');

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
    const log = await openLog();
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
      const log = await openLog({ maxExchanges: 3, flushDelayMs: 5 });
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

      const logs = logsIn();
      const reopened = await logs.get('d1');
      expect(logs.problems).toEqual([]);
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
      const log = await openLog();
      log.record(exchangeFromNotify(result, '2026-11-20T10:00:00.000Z', 'n1'));
      await log.flush();
      const text = readFileSync(log.file, 'utf8');
      expect(text).not.toContain('n0tify-s3cret');
      expect(text).not.toContain('hunter2');
      expect((await openLog()).exchanges()[0]).toMatchObject({
        direction: 'incoming',
        status: 200,
        ok: true,
      });
    } finally {
      await receiver.stop();
      await receiver.stop();
    }
  });

  it('moves an unreadable log to quarantine, reports it by name and starts empty instead of failing', async () => {
    mkdirSync(path.dirname(logFile()), { recursive: true });
    writeFileSync(logFile(), '{not json');
    const logs = logsIn();
    const log = await logs.get('d1');
    expect(logs.problems).toEqual([
      {
        file: logFile(),
        moved_to: expect.stringMatching(/quarantine[\\/]harness-log\.json\..*\.json$/),
        reason: expect.stringMatching(/^the test log is not valid JSON/),
      },
    ]);
    expect(readFileSync(logs.problems[0]!.moved_to, 'utf8')).toBe('{not json');
    expect(log.exchanges()).toEqual([]);
    log.record(exchange('e1'));
    await log.flush();
    expect((await openLog()).exchanges()).toHaveLength(1);
    await log.clear();
    expect((await openLog()).exchanges()).toEqual([]);
  });

  it('checks a loaded log against its schema: entries of the wrong shape are moved aside, reported', async () => {
    mkdirSync(path.dirname(logFile()), { recursive: true });
    writeFileSync(
      logFile(),
      JSON.stringify({ format_version: 1, exchanges: [{ id: 7, url: null }], runs: [] }),
    );
    const logs = logsIn();
    const log = await logs.get('d1');
    expect(logs.problems[0]?.reason).toBe('the test log does not match its schema');
    expect(log.exchanges()).toEqual([]);
    expect(existsSync(logFile())).toBe(false);
    expect(existsSync(logs.problems[0]!.moved_to)).toBe(true);
  });

  it('never follows a link in place of the log: it is reported, and what it points at is left alone', async () => {
    const elsewhere = path.join(dir, 'elsewhere.json');
    writeFileSync(elsewhere, JSON.stringify({ exchanges: [exchange('planted')], runs: [] }));
    mkdirSync(path.dirname(logFile()), { recursive: true });
    symlinkSync(elsewhere, logFile());
    const logs = logsIn();
    const log = await logs.get('d1');
    expect(log.exchanges()).toEqual([]);
    expect(logs.problems[0]?.reason).toBe('the test log is a link or special file, not a file');
    log.record(exchange('e1'));
    await log.flush();
    expect(lstatSync(logFile()).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(elsewhere, 'utf8')).exchanges[0].id).toBe('planted');
  });
});
