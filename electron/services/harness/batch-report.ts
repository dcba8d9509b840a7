import { hostSecrets } from '../secrets/redactor';
import type { BatchReport, DeliverySummary, NotRunDelivery } from './batch-types';
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

/** A delivery as a test name, `trigger · sample`, as CI test reporters list it. */
export function testName(r: Pick<DeliverySummary, 'trigger' | 'sampleLabel' | 'sampleId'>): string {
  return `${r.trigger} · ${r.sampleLabel}${r.sampleLabel === r.sampleId ? '' : ` (${r.sampleId})`}`;
}

function testcase(r: DeliverySummary): string {
  const name = xmlEscape(testName(r));
  const open = `    <testcase classname="${xmlEscape(r.trigger)}" name="${name}" time="${seconds(r.ms)}">`;
  if (r.outcome === 'cancelled') return `${open}<skipped message="cancelled"/></testcase>`;
  if (r.outcome === 'passed') return `${open}</testcase>`;
  const failed = r.expectations.filter((e) => !e.ok);
  const first = r.failure?.message ?? failed[0]?.message ?? 'failed';
  const lines = [
    ...(r.failure ? [`step ${r.failure.step} (${r.failure.kind}): ${r.failure.message}`] : []),
    ...failed.map((e) => `expectation ${e.name}: ${e.message ?? 'failed'}`),
    ...(r.violations ?? []).map((v) => `violation ${v.pointer || '(body)'}: ${v.message}`),
    ...(r.status !== undefined ? [`HTTP status: ${r.status}`] : []),
    `delivery: ${r.deliveryId}`,
  ];
  const type = xmlEscape(r.failure?.kind ?? failed[0]?.name ?? 'failed');
  return `${open}\n      <failure message="${xmlEscape(first)}" type="${type}">${xmlEscape(lines.join('\n'))}</failure>\n    </testcase>`;
}

function notRunCase(d: NotRunDelivery, why: string): string {
  const name = xmlEscape(testName(d));
  return `    <testcase classname="${xmlEscape(d.trigger)}" name="${name}" time="0.000"><skipped message="${xmlEscape(`not run: ${why}`)}"/></testcase>`;
}

/** Why deliveries were not run: the step that stopped the run, else a cancel. */
function notRunReason(report: BatchReport): string {
  const s = report.stoppedBy;
  return s ? `the run stopped when step ${s.step} failed (${s.kind})` : 'the batch was cancelled';
}

/**
 * The report as JUnit XML, one test suite per trigger, one test case per planned delivery: failures
 * carry the failing step and expectations; deliveries cancelled in flight or never started are skipped,
 * and a cancelled batch says so in its name, so a CI gate never reads a partial run as a full pass.
 */
export function toJUnitXml(unsafe: BatchReport): string {
  // Masked before escaping: an escaped secret (`&amp;`) would no longer match its known spellings.
  const report = hostSecrets.redactDeep(unsafe);
  const suites = new Map<string, DeliverySummary[]>();
  for (const t of report.triggers) suites.set(t, []);
  for (const r of report.results)
    (suites.get(r.trigger) ?? suites.set(r.trigger, []).get(r.trigger))?.push(r);
  const notRun = new Map<string, NotRunDelivery[]>();
  for (const d of report.notRunDeliveries ?? []) notRun.set(d.trigger, [...(notRun.get(d.trigger) ?? []), d]);
  for (const t of notRun.keys()) if (!suites.has(t)) suites.set(t, []);
  const body = [...suites].map(([trigger, rows]) => {
    const missing = notRun.get(trigger) ?? [];
    const failures = rows.filter((r) => r.outcome === 'failed').length;
    const skipped = rows.filter((r) => r.outcome === 'cancelled').length + missing.length;
    const time = seconds(rows.reduce((sum, r) => sum + r.ms, 0));
    const head = `  <testsuite name="${xmlEscape(trigger)}" tests="${rows.length + missing.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}" timestamp="${xmlEscape(report.startedAt)}">`;
    const why = notRunReason(report);
    return [head, ...rows.map(testcase), ...missing.map((d) => notRunCase(d, why)), '  </testsuite>'].join(
      '\n',
    );
  });
  // Every planned delivery counts: ones that never started are skipped, whether or not they are listed.
  const name = `Webhook Studio batch ${report.runId}${report.cancelled ? ' (cancelled)' : report.stoppedBy ? ' (stopped)' : ''}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(name)}" tests="${report.total}" failures="${report.failed}" errors="0" skipped="${report.cancelledCount + report.notRun}" time="${seconds(report.durationMs)}">`,
    ...(report.notRun > 0
      ? [`  <!-- ${report.notRun} deliveries not run: ${xmlEscape(notRunReason(report))} -->`]
      : []),
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}

/** The report as JSON (summaries, and the kept traces with secrets redacted when asked for). */
export function toJsonReport(unsafe: BatchReport, options: { includeExchanges?: boolean } = {}): string {
  const report = hostSecrets.redactDeep(unsafe);
  const { exchanges, failedExchanges, notRunDeliveries, ...rest } = report;
  const counted = {
    ...rest,
    // A cancelled batch must not read as a pass: its status says so, and never-started deliveries count.
    status: report.cancelled ? 'cancelled' : 'finished',
    skipped: report.cancelledCount + report.notRun,
    notRunDeliveries: notRunDeliveries ?? [],
  };
  const out = options.includeExchanges
    ? { ...counted, exchanges: redactValue(exchanges), failedExchanges: redactValue(failedExchanges) }
    : counted;
  return `${JSON.stringify({ format: 'webhook-studio-batch-report', format_version: 1, ...out }, null, 2)}\n`;
}
