import { hostSecrets } from '../secrets/redactor';
import type { BatchReport, DeliverySummary } from './batch-types';
import { redactValue } from './redact';

// XML 1.0 allows only these characters; anything else (e.g. a stray control byte in a sample) is dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(r: DeliverySummary): string {
  const name = xmlEscape(`${r.sampleLabel} (${r.sampleId}) → ${r.event ?? r.trigger}`);
  const open = `    <testcase classname="${xmlEscape(r.trigger)}" name="${name}" time="${seconds(r.ms)}">`;
  if (r.outcome === 'cancelled') return `${open}<skipped message="cancelled"/></testcase>`;
  if (r.outcome === 'passed') return `${open}</testcase>`;
  const failed = r.expectations.filter((e) => !e.ok);
  const first = r.failure?.message ?? failed[0]?.message ?? 'failed';
  const lines = [
    ...(r.failure ? [`step ${r.failure.step} (${r.failure.kind}): ${r.failure.message}`] : []),
    ...failed.map((e) => `expectation ${e.name}: ${e.message ?? 'failed'}`),
    ...(r.status !== undefined ? [`HTTP status: ${r.status}`] : []),
    `delivery: ${r.deliveryId}`,
  ];
  const type = xmlEscape(r.failure?.kind ?? failed[0]?.name ?? 'failed');
  return `${open}\n      <failure message="${xmlEscape(first)}" type="${type}">${xmlEscape(lines.join('\n'))}</failure>\n    </testcase>`;
}

/**
 * The report as JUnit XML, one test suite per trigger, one test case per delivery: failures carry the
 * failing step and expectations; cancelled deliveries are skipped; not-run ones are counted on the root.
 */
export function toJUnitXml(unsafe: BatchReport): string {
  // Masked before escaping: an escaped secret (`&amp;`) would no longer match its known spellings.
  const report = hostSecrets.redactDeep(unsafe);
  const suites = new Map<string, DeliverySummary[]>();
  for (const t of report.triggers) suites.set(t, []);
  for (const r of report.results)
    (suites.get(r.trigger) ?? suites.set(r.trigger, []).get(r.trigger))?.push(r);
  const body = [...suites].map(([trigger, rows]) => {
    const failures = rows.filter((r) => r.outcome === 'failed').length;
    const skipped = rows.filter((r) => r.outcome === 'cancelled').length;
    const time = seconds(rows.reduce((sum, r) => sum + r.ms, 0));
    const head = `  <testsuite name="${xmlEscape(trigger)}" tests="${rows.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}" timestamp="${xmlEscape(report.startedAt)}">`;
    return [head, ...rows.map(testcase), '  </testsuite>'].join('\n');
  });
  const ran = report.results.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Webhook Studio batch ${xmlEscape(report.runId)}" tests="${ran}" failures="${report.failed}" errors="0" skipped="${report.cancelledCount}" time="${seconds(report.durationMs)}">`,
    ...(report.notRun > 0 ? [`  <!-- ${report.notRun} deliveries not run: the batch was cancelled -->`] : []),
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}

/** The report as JSON (summaries, and the kept traces with secrets redacted when asked for). */
export function toJsonReport(unsafe: BatchReport, options: { includeExchanges?: boolean } = {}): string {
  const report = hostSecrets.redactDeep(unsafe);
  const { exchanges, failedExchanges, ...rest } = report;
  const out = options.includeExchanges
    ? { ...rest, exchanges: redactValue(exchanges), failedExchanges: redactValue(failedExchanges) }
    : rest;
  return `${JSON.stringify({ format: 'webhook-studio-batch-report', format_version: 1, ...out }, null, 2)}\n`;
}
