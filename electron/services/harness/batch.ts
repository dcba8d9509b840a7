import { randomUUID } from 'node:crypto';
import { composeNotify, identifierRow, kindOfTrigger } from '../../../shared/mapping';
import type { BodyViolation } from '../../../shared/openapi/types';
import type {
  BatchOptions,
  BatchReport,
  BatchSample,
  DeliverySummary,
  ExpectationResult,
} from './batch-types';
import { checkTarget } from './delivery-request';
import { createAgents, destroyAgents, type Agents } from './http-exchange';
import { fireNotify, type NotifyResult } from './notify';
import { redactUrl } from './redact';
import { Ring } from './ring';
import type { DeliveryTrace } from './sender';
import { fireDelivery } from './sender';

export type * from './batch-types';

const is2xx = (status: number | undefined) => status !== undefined && status >= 200 && status < 300;

function expectations(
  options: BatchOptions,
  sample: BatchSample,
  trace: DeliveryTrace,
  notify: NotifyResult | undefined,
): ExpectationResult[] {
  const out: ExpectationResult[] = [];
  const fail = (name: ExpectationResult['name'], message: string) => out.push({ name, ok: false, message });
  if (is2xx(trace.status)) out.push({ name: 'status_2xx', ok: true });
  else fail('status_2xx', trace.failure?.message ?? 'No 2xx answer.');
  const writeBack = trace.steps.find((s) => s.step === 'write_back');
  if (writeBack && writeBack.missing.length === 0) out.push({ name: 'write_back_fields', ok: true });
  else if (writeBack) fail('write_back_fields', `Missing in the answer: ${writeBack.missing.join(', ')}`);
  else fail('write_back_fields', 'No JSON answer to read the response parameters from.');
  const idRow = identifierRow(options.webhook);
  if (!idRow) fail('identifier_matched', 'No input parameter is marked as the identifier.');
  else if (options.notifyUrl) {
    if (notify?.ok) out.push({ name: 'identifier_matched', ok: true });
    else fail('identifier_matched', notify?.message ?? 'The notify call was not made: the delivery failed.');
  } else {
    const value = sample.fields[idRow.mangoapps_field];
    if (value === null || value === undefined || String(value).trim() === '') {
      fail(
        'identifier_matched',
        `The sample has no ${idRow.mangoapps_field}, so no incoming call can find it.`,
      );
    } else out.push({ name: 'identifier_matched', ok: true });
  }
  return out;
}

/** One violation as a line: `email: must match format "email"`. */
export const violationText = (v: BodyViolation): string =>
  v.field === '' || v.message.includes(`"${v.field}"`) ? v.message : `${v.field}: ${v.message}`;

/** The "request valid per the API description" expectation, from the body the delivery sent. */
function requestValid(
  check: NonNullable<BatchOptions['checkRequest']>,
  trace: DeliveryTrace,
): { result: ExpectationResult; violations: BodyViolation[] } {
  const request = trace.steps.find((s) => s.step === 'request');
  if (!request)
    return {
      result: { name: 'request_valid_api', ok: false, message: 'No request was sent to check.' },
      violations: [],
    };
  const violations = check(request.body, request.headers['content-type'] ?? '');
  if (violations.length === 0) return { result: { name: 'request_valid_api', ok: true }, violations };
  const message = `The request breaks the API description: ${violations.map(violationText).join('; ')}`;
  return { result: { name: 'request_valid_api', ok: false, message }, violations };
}

/**
 * Runs every enabled trigger for every selected sample at a fixed concurrency over one keep-alive pool,
 * checking expectations per delivery (2xx; write-back fields present; identifier matched; with
 * `checkRequest`, the request valid per the API description). Keeps a
 * summary per delivery and a bounded ring of full traces, so 10,000 deliveries stay small in memory.
 * Cancelling stops new deliveries and aborts those in flight.
 */
export async function runBatch(options: BatchOptions): Promise<BatchReport> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const started = performance.now();
  const triggers = [...(options.triggers ?? options.webhook.outgoing.triggers)];
  const concurrency = Math.max(1, Math.min(64, Math.floor(options.concurrency ?? 8)));
  const kinds = triggers.map((t) => kindOfTrigger(t));
  const jobs: [trigger: string, sample: BatchSample][] = [];
  for (const sample of options.samples) {
    triggers.forEach((trigger, t) => {
      if (sample.kind === undefined || sample.kind === kinds[t]) jobs.push([trigger, sample]);
    });
  }
  const total = jobs.length;
  const results: DeliverySummary[] = new Array<DeliverySummary>(total);
  const recent = new Ring<DeliveryTrace>(options.keepExchanges ?? 50);
  const failedRecent = new Ring<DeliveryTrace>(options.keepExchanges ?? 50);
  const agents: Agents = createAgents(concurrency);
  const counts = { done: 0, passed: 0, failed: 0, cancelled: 0 };
  let next = 0;
  let stoppedBy: BatchReport['stoppedBy'];
  // Checked once for the whole batch; a target that fails the check is left to each delivery to report.
  const checked = checkTarget(options.url ?? options.webhook.outgoing.post_url, options.confirmHost);
  const checkedTarget = checked instanceof URL ? { checkedTarget: checked } : {};

  const runOne = async (index: number): Promise<void> => {
    const [trigger, sample] = jobs[index] as [string, BatchSample];
    const trace = await fireDelivery({
      webhook: options.webhook,
      catalogue: options.catalogue,
      trigger,
      sample,
      agents,
      oauth: options.oauth ?? null,
      ...(options.url !== undefined ? { url: options.url } : {}),
      ...(options.confirmHost !== undefined ? { confirmHost: options.confirmHost } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...checkedTarget,
    });
    let notify: NotifyResult | undefined;
    if (options.notifyUrl && trace.ok && !options.signal?.aborted) {
      const payload = composeNotify(options.webhook, sample, options.catalogue);
      notify = await fireNotify({
        url: options.notifyUrl,
        payload,
        agents,
        timeoutMs: options.timeoutMs ?? 10_000,
      });
    }
    const checks = expectations(options, sample, trace, notify);
    const api = options.checkRequest ? requestValid(options.checkRequest, trace) : null;
    if (api) checks.push(api.result);
    const cancelled = trace.failure?.kind === 'cancelled';
    const outcome = cancelled ? 'cancelled' : checks.every((c) => c.ok) ? 'passed' : 'failed';
    results[index] = {
      index,
      trigger,
      event: trace.event,
      sampleId: sample.id,
      sampleLabel: sample.label ?? sample.id,
      deliveryId: trace.deliveryId,
      outcome,
      ...(trace.status !== undefined ? { status: trace.status } : {}),
      ms: Math.round(trace.ms * 100) / 100,
      ...(trace.failure ? { failure: trace.failure } : {}),
      expectations: checks,
      ...(api && api.violations.length > 0 ? { violations: api.violations } : {}),
      ...(notify
        ? {
            notify: {
              ...(notify.status !== undefined ? { status: notify.status } : {}),
              ...(notify.matched ? { matchedId: notify.matched.id } : {}),
              ...(notify.reason ? { reason: notify.reason } : {}),
            },
          }
        : {}),
    };
    if (trace.failure && !stoppedBy && options.stopWhen?.(trace.failure))
      stoppedBy = { ...trace.failure, trigger, sampleId: sample.id };
    recent.push(trace);
    if (outcome === 'failed') failedRecent.push(trace);
    options.onExchange?.(trace);
    options.onResult?.(results[index]);
    counts.done++;
    if (outcome === 'passed') counts.passed++;
    else if (outcome === 'failed') counts.failed++;
    else counts.cancelled++;
    options.onProgress?.({ done: counts.done, total, passed: counts.passed, failed: counts.failed });
  };

  const worker = async (): Promise<void> => {
    while (next < total && !options.signal?.aborted && !stoppedBy) await runOne(next++);
  };
  try {
    if (options.stopWhen && total > 0) await runOne(next++);
    await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  } finally {
    destroyAgents(agents);
  }
  const ran = results.filter((r): r is DeliverySummary => r !== undefined);
  return {
    runId: options.runId ?? randomUUID(),
    startedAt: startedAt.toISOString(),
    finishedAt: now().toISOString(),
    durationMs: Math.round(performance.now() - started),
    cancelled: options.signal?.aborted === true,
    url: redactUrl(options.url ?? options.webhook.outgoing.post_url),
    concurrency,
    triggers,
    total,
    passed: counts.passed,
    failed: counts.failed,
    cancelledCount: counts.cancelled,
    notRun: total - ran.length,
    ...(stoppedBy ? { stoppedBy } : {}),
    results: ran,
    exchanges: recent.toArray(),
    failedExchanges: failedRecent.toArray(),
    notRunDeliveries: jobs.flatMap(([trigger, sample], i) =>
      results[i] === undefined
        ? [{ trigger, sampleId: sample.id, sampleLabel: sample.label ?? sample.id }]
        : [],
    ),
  };
}
