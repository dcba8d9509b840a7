import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/bridge/envelope';
import type { BatchProgressView, BatchResultView } from '../../../shared/bridge/harness-schemas';
import { kindOfTrigger } from '../../../shared/mapping';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { hostSecrets } from '../secrets/redactor';
import { batchCheck } from './api-checks';
import type { HarnessContext, HarnessHandlers } from './context';
import { assertTrigger, draftOf } from './context';
import { runBatch, toJsonReport, toJUnitXml, type BatchReport } from './engine';
import { checkOutgoing, deliveryUrl, oauthOrFailure } from './outgoing';

type BatchChannels =
  'harness:batch-start' | 'harness:batch-cancel' | 'harness:batch-result' | 'harness:batch-export';

interface Run {
  kind: WebhookKind;
  controller: AbortController;
  progress: BatchProgressView;
  report: BatchReport | null;
  /** Why the run stopped without a report (an unexpected error; deliveries' own failures are results). */
  error?: string;
  done: Promise<void>;
}

/** Finished runs kept for their results and exports; the log keeps every run's counts. */
const KEEP_RUNS = 10;
/** Progress events at most this often (and always for the last delivery). */
const PROGRESS_EVERY_MS = 100;

function resultView(report: BatchReport, kind: WebhookKind): BatchResultView {
  const { exchanges: _e, failedExchanges: _f, concurrency: _c, ...rest } = report;
  return { ...rest, kind };
}

/** Batch runs in the background: start, progress events, cancel, results and report exports. */
export function createBatchRuns(ctx: HarnessContext): Pick<HarnessHandlers, BatchChannels> & {
  closeAll(): Promise<void>;
} {
  const runs = new Map<string, Run>();
  const runOf = (runId: string): Run => {
    const run = runs.get(runId);
    if (!run) throw new AppError('not_found', 'That batch run is no longer kept; run it again.');
    return run;
  };
  const prune = () => {
    const finished = [...runs].filter(([, r]) => r.report !== null);
    for (const [runId] of finished.slice(0, Math.max(0, finished.length - KEEP_RUNS))) runs.delete(runId);
  };

  return {
    async 'harness:batch-start'(input) {
      const { id, kind, target } = input;
      const draft = draftOf(ctx, id);
      const webhook = draft.config[kind];
      const triggers = [...(input.triggers ?? webhook.outgoing.triggers)];
      triggers.forEach((t) => assertTrigger(kind, t));
      if (triggers.length === 0) {
        throw new AppError(
          'invalid_input',
          'No trigger is enabled on this webhook: turn one on to run a batch.',
        );
      }
      const all = await ctx.store.samples(id);
      const chosen = new Set(input.sample_ids);
      const samples = all.filter((s) => s.kind === kind && chosen.has(s.id));
      if (samples.length === 0) throw new AppError('invalid_input', 'Select at least one sample to run.');
      const url = await deliveryUrl(ctx, draft, kind, target);
      const refused = await checkOutgoing(ctx, draft, url, target, input.confirm_host);
      if (refused?.host) return { status: 'needs_confirmation', host: refused.host };
      if (refused) throw new AppError('invalid_input', refused.message);
      const oauth = await oauthOrFailure(ctx, draft, target, input.oauth_mode);
      if (oauth && 'kind' in oauth) throw new AppError('invalid_input', oauth.message);
      const checkRequest = input.expect_api_valid ? await batchCheck(ctx, draft, kind) : undefined;
      const notifyUrl = input.check_incoming
        ? (await ctx.local.prepare(draft, kind, all)).state.notifyUrl(kind)
        : undefined;

      const runId = randomUUID();
      const total = samples.length * triggers.filter((t) => kindOfTrigger(t) === kind).length;
      const controller = new AbortController();
      const log = await ctx.logs.get(id);
      const progress: BatchProgressView = {
        domain_id: id,
        run_id: runId,
        done: 0,
        total,
        passed: 0,
        failed: 0,
        finished: false,
      };
      let lastEmit = 0;
      const run: Run = { kind, controller, progress, report: null, done: Promise.resolve() };
      run.done = runBatch({
        webhook,
        catalogue: draft.catalogue[kind],
        samples,
        triggers,
        url,
        confirmHost: new URL(url).hostname,
        oauth,
        concurrency: input.concurrency,
        ...(notifyUrl ? { notifyUrl } : {}),
        ...(checkRequest ? { checkRequest } : {}),
        signal: controller.signal,
        runId,
        now: ctx.now,
        onExchange: (trace) => log.recordTrace(trace, runId),
        onProgress: (p) => {
          Object.assign(run.progress, p);
          const at = performance.now();
          if (p.done === p.total || at - lastEmit >= PROGRESS_EVERY_MS) {
            lastEmit = at;
            ctx.events.emit('harness:progress', hostSecrets.redactDeep({ ...run.progress }));
          }
        },
      })
        .then((report) => {
          run.report = report;
          log.recordRun(report);
        })
        .catch((error: unknown) => {
          run.error = error instanceof Error ? error.message : String(error);
        })
        .finally(() => {
          run.progress.finished = true;
          ctx.events.emit('harness:progress', hostSecrets.redactDeep({ ...run.progress }));
          prune();
        });
      runs.set(runId, run);
      return { status: 'started', run_id: runId, total };
    },

    async 'harness:batch-cancel'({ run_id }) {
      const run = runOf(run_id);
      if (run.progress.finished) return { cancelled: false };
      run.controller.abort();
      await run.done.catch(() => undefined);
      return { cancelled: true };
    },

    async 'harness:batch-result'({ run_id }) {
      const run = runOf(run_id);
      return {
        progress: { ...run.progress },
        result: run.report ? resultView(run.report, run.kind) : null,
        ...(run.error ? { error: run.error } : {}),
      };
    },

    async 'harness:batch-export'({ run_id, format }) {
      const run = runOf(run_id);
      if (!run.report) throw new AppError('conflict', 'The batch is still running; export it when it ends.');
      const stamp = run.report.startedAt.replace(/[:.]/g, '-');
      return format === 'junit'
        ? { file_name: `webhook-batch-${stamp}.xml`, mime: 'application/xml', text: toJUnitXml(run.report) }
        : {
            file_name: `webhook-batch-${stamp}.json`,
            mime: 'application/json',
            text: toJsonReport(run.report),
          };
    },

    async closeAll() {
      for (const run of runs.values()) run.controller.abort();
      await Promise.all([...runs.values()].map((r) => r.done.catch(() => undefined)));
    },
  };
}
