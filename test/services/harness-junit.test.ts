// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toJUnitXml, xmlEscape } from '../../electron/services/harness/batch-report';
import type { BatchReport, DeliverySummary } from '../../electron/services/harness/batch-types';

// This file runs under jsdom only for its XML parser: the report must be well-formed whatever the labels hold.

const summary = (over: Partial<DeliverySummary>): DeliverySummary => ({
  index: 0,
  trigger: 'create_user',
  event: 'create_user',
  sampleId: 's1',
  sampleLabel: 'Ann',
  deliveryId: 'd1',
  outcome: 'passed',
  status: 200,
  ms: 12.5,
  expectations: [{ name: 'status_2xx', ok: true }],
  ...over,
});

const report = (results: DeliverySummary[], over: Partial<BatchReport> = {}): BatchReport => ({
  runId: 'run-1',
  startedAt: '2026-11-20T10:00:00.000Z',
  finishedAt: '2026-11-20T10:00:01.000Z',
  durationMs: 1000,
  cancelled: false,
  url: 'http://127.0.0.1:1/hooks',
  concurrency: 8,
  triggers: ['create_user', 'update_user_profile'],
  total: results.length,
  passed: results.filter((r) => r.outcome === 'passed').length,
  failed: results.filter((r) => r.outcome === 'failed').length,
  cancelledCount: results.filter((r) => r.outcome === 'cancelled').length,
  notRun: 0,
  results,
  exchanges: [],
  failedExchanges: [],
  ...over,
});

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('toJUnitXml', () => {
  it('escapes markup, quotes and characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">&'\u0001ok`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok');
    const label = `O'Neil <script>&\u0007 "quoted" ]]>`;
    const doc = parse(
      toJUnitXml(
        report([
          summary({
            sampleId: 'x"1',
            sampleLabel: label,
            outcome: 'failed',
            status: 418,
            failure: { step: 'response', kind: 'http_status', message: 'HTTP 418 <teapot> & "more"' },
            expectations: [{ name: 'status_2xx', ok: false, message: 'HTTP 418 <teapot>' }],
          }),
        ]),
      ),
    );
    const testcase = doc.getElementsByTagName('testcase')[0];
    expect(testcase?.getAttribute('name')).toBe(`create_user · O'Neil <script>& "quoted" ]]> (x"1)`);
    const failure = doc.getElementsByTagName('failure')[0];
    expect(failure?.getAttribute('message')).toBe('HTTP 418 <teapot> & "more"');
    expect(failure?.getAttribute('type')).toBe('http_status');
    expect(failure?.textContent).toContain('expectation status_2xx: HTTP 418 <teapot>');
  });

  it('groups deliveries in one suite per trigger with counts, times and skipped cancellations', () => {
    const doc = parse(
      toJUnitXml(
        report(
          [
            summary({}),
            summary({
              index: 1,
              outcome: 'cancelled',
              failure: { step: 'response', kind: 'cancelled', message: 'x' },
            }),
            summary({
              index: 2,
              trigger: 'update_user_profile',
              event: 'update_user_profile',
              outcome: 'failed',
              ms: 1500,
            }),
          ],
          {
            notRun: 7,
            total: 10,
            cancelled: true,
            notRunDeliveries: [
              ...Array.from({ length: 4 }, (_, i) => ({
                trigger: 'create_user',
                sampleId: `n${i}`,
                sampleLabel: 'N',
              })),
              ...Array.from({ length: 3 }, (_, i) => ({
                trigger: 'update_user_profile',
                sampleId: `m${i}`,
                sampleLabel: 'M',
              })),
            ],
          },
        ),
      ),
    );
    const root = doc.documentElement;
    expect([
      root.tagName,
      root.getAttribute('tests'),
      root.getAttribute('failures'),
      root.getAttribute('skipped'),
    ]).toEqual(['testsuites', '10', '1', '8']);
    // A cancelled run says so: a CI gate reading only the root must not take it for a full pass.
    expect(root.getAttribute('name')).toBe('Webhook Studio batch run-1 (cancelled)');
    const suites = [...doc.getElementsByTagName('testsuite')].map((s) => [
      s.getAttribute('name'),
      s.getAttribute('tests'),
      s.getAttribute('failures'),
      s.getAttribute('skipped'),
      s.getAttribute('time'),
    ]);
    expect(suites).toEqual([
      ['create_user', '6', '0', '5', '0.025'],
      ['update_user_profile', '4', '1', '3', '1.500'],
    ]);
    expect(doc.getElementsByTagName('testcase')).toHaveLength(10);
    expect(doc.getElementsByTagName('skipped')).toHaveLength(8);
  });
});
