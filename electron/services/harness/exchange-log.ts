import * as z from 'zod';
import { LoggedExchangeSchema, LoggedRunSchema } from '../../../shared/bridge/harness-schemas';
import { hostSecrets } from '../secrets/redactor';
import type { BatchReport } from './batch-types';
import type { StepFailure } from './failures';
import { redactText, redactUrl, redactValue } from './redact';
import type { DeliveryTrace } from './sender';

/** One exchange as the log keeps it: secrets redacted, bodies capped. */
export interface LoggedExchange {
  id: string;
  at: string;
  direction: 'outgoing' | 'incoming' | 'replay';
  runId?: string;
  event?: string | null;
  method: string;
  url: string;
  status?: number;
  ok: boolean;
  ms: number;
  failure?: StepFailure;
  request?: { headers: Record<string, string>; body: string };
  response?: { headers: Record<string, string>; body: string };
}

/** A batch run as the log keeps it: the counts, not the deliveries. */
export interface LoggedRun {
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  url: string;
  triggers: string[];
  total: number;
  passed: number;
  failed: number;
  cancelled: number;
  notRun: number;
}

/** Limits of the log. */
export interface ExchangeLogOptions {
  maxExchanges?: number;
  maxRuns?: number;
  /** Writes are coalesced for this long, so a batch does not write the file per delivery (default 250 ms). */
  flushDelayMs?: number;
  now?: () => Date;
}

/** The exchange log as it is stored, one file per domain. */
export const LogFileSchema = z.object({
  exchanges: z.array(LoggedExchangeSchema).default([]),
  runs: z.array(LoggedRunSchema).default([]),
});
/** A stored exchange log. */
export type LogFile = z.infer<typeof LogFileSchema>;
const MAX_BODY = 16 * 1024;
const cap = (s: string) => (s.length > MAX_BODY ? `${s.slice(0, MAX_BODY)}… (${s.length} characters)` : s);
const redactHeaders = (h: Record<string, string>) => redactValue(h) as Record<string, string>;

/** A delivery trace as a log entry. */
export function exchangeFromTrace(trace: DeliveryTrace, at: string, runId?: string): LoggedExchange {
  const requests = trace.steps.filter((s) => s.step === 'request');
  const responses = trace.steps.filter((s) => s.step === 'response');
  const req = requests[requests.length - 1];
  const res = responses[responses.length - 1];
  return {
    id: trace.deliveryId || `${at}-${trace.sampleId}`,
    at,
    direction: 'outgoing',
    ...(runId ? { runId } : {}),
    event: trace.event,
    method: req?.method ?? 'POST',
    url: trace.url,
    ...(trace.status !== undefined ? { status: trace.status } : {}),
    ok: trace.ok,
    ms: Math.round(trace.ms * 100) / 100,
    ...(trace.failure ? { failure: trace.failure } : {}),
    ...(req ? { request: { headers: req.headers, body: req.body } } : {}),
    ...(res ? { response: { headers: res.headers, body: res.body } } : {}),
  };
}

function redactExchange(e: LoggedExchange): LoggedExchange {
  const part = (p: { headers: Record<string, string>; body: string }) => ({
    headers: redactHeaders(p.headers),
    body: cap(redactText(p.body)),
  });
  return hostSecrets.redactDeep({
    ...e,
    url: redactUrl(e.url),
    ...(e.failure ? { failure: { ...e.failure, message: redactText(e.failure.message) } } : {}),
    ...(e.request ? { request: part(e.request) } : {}),
    ...(e.response ? { response: part(e.response) } : {}),
  });
}

/**
 * The harness's own exchange log (the Connector Log's shape: time, direction, URL, status, request,
 * response): the last few hundred exchanges and runs, secrets redacted before they are even held. The
 * per-domain store (`HarnessLogs`) loads it, checked like every stored document, and `save` writes it.
 */
export class ExchangeLog {
  private entries: LoggedExchange[];
  private runList: LoggedRun[];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    /** Where the log is kept (for reports and tests). */
    readonly file: string,
    stored: LogFile,
    private readonly save: (log: LogFile & { format_version: 1 }) => Promise<void>,
    private readonly options: ExchangeLogOptions = {},
  ) {
    // Redacted again by value: a log written before a secret was known must not show it now.
    this.entries = hostSecrets.redactDeep(stored.exchanges as LoggedExchange[]);
    this.runList = [...stored.runs];
  }

  /** Exchanges, newest first. */
  exchanges(): LoggedExchange[] {
    return [...this.entries].reverse();
  }

  /** Runs, newest first. */
  runs(): LoggedRun[] {
    return [...this.runList].reverse();
  }

  /** Records an exchange (redacted first). */
  record(exchange: LoggedExchange): void {
    this.entries.push(redactExchange(exchange));
    const max = this.options.maxExchanges ?? 300;
    if (this.entries.length > max) this.entries.splice(0, this.entries.length - max);
    this.schedule();
  }

  /** Records a delivery trace. */
  recordTrace(trace: DeliveryTrace, runId?: string): void {
    this.record(exchangeFromTrace(trace, (this.options.now?.() ?? new Date()).toISOString(), runId));
  }

  /** Records a finished batch run's counts. */
  recordRun(report: BatchReport): void {
    this.runList.push({
      runId: report.runId,
      startedAt: report.startedAt,
      finishedAt: report.finishedAt,
      durationMs: report.durationMs,
      url: redactUrl(report.url),
      triggers: report.triggers,
      total: report.total,
      passed: report.passed,
      failed: report.failed,
      cancelled: report.cancelledCount,
      notRun: report.notRun,
    });
    const max = this.options.maxRuns ?? 50;
    if (this.runList.length > max) this.runList.splice(0, this.runList.length - max);
    this.schedule();
  }

  /** Empties the log (on disk too). */
  async clear(): Promise<void> {
    this.entries = [];
    this.runList = [];
    await this.flush();
  }

  /** Writes pending changes now and waits for the file to be replaced. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const snapshot = { format_version: 1 as const, exchanges: this.entries, runs: this.runList };
    this.writing = this.writing.catch(() => undefined).then(() => this.save(snapshot));
    return this.writing;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => undefined);
    }, this.options.flushDelayMs ?? 250);
    this.timer.unref();
  }
}
