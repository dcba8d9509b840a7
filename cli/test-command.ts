import { setMaxListeners } from 'node:events';
import { runBatch } from '../electron/services/harness/batch';
import { toJsonReport, toJUnitXml } from '../electron/services/harness/batch-report';
import type { BatchReport } from '../electron/services/harness/batch-types';
import { ReceiverHost } from '../electron/services/harness/receiver-host';
import type { WebhookKind } from '../shared/model/field-catalogue';
import { harnessApi } from './harness-api';
import type { TestArgs } from './harness-args';
import { ADD_ROUTE_ON_CLI, loadDraftFile, loadRoutes, loadSamples, type HarnessIo } from './harness-inputs';
import { progressView } from './progress';
import {
  assertConfirmed,
  mergeReports,
  oauthClientFor,
  RunError,
  stopsRun,
  targetOf,
  triggersByKind,
  type KindTarget,
} from './test-run';

/** The closing line: every planned delivery is counted, run or not. */
function summaryLine(report: BatchReport): string {
  const ran = report.results.length;
  const parts = [`${report.passed} passed`, `${report.failed} failed`];
  if (report.cancelledCount) parts.push(`${report.cancelledCount} cancelled`);
  if (report.notRun) parts.push(`${report.notRun} not run`);
  const secs = (report.durationMs / 1000).toFixed(1);
  return `Ran ${ran} of ${report.total} planned deliveries in ${secs} s: ${parts.join(', ')}.`;
}

/**
 * `webhook-studio test FILE`: the app's batch engine from the command line. Inputs are checked first
 * (draft, samples by row and column, routes by JSON path, triggers, real targets) so a bad file never
 * sends anything; then one batch per webhook, stopping at the first delivery that shows the target
 * cannot be reached. Exit 0 all passed, 1 any failed or not run, 2 bad input, 4 could not run.
 */
export async function testCommand(args: TestArgs, io: HarnessIo): Promise<number> {
  const draft = await loadDraftFile(io, args.file);
  const { samples, notes } = await loadSamples(io, args.samples, draft, args.skipBadRows);
  const routes = args.routes ? await loadRoutes(io, args.routes) : [];
  const byKind = triggersByKind(draft, args.triggers, args.file);
  const api = await harnessApi(io, {
    ...(args.openapi !== undefined ? { openapi: args.openapi } : {}),
    ...(args.apiFromFile ? { fromFile: args.file } : {}),
    allowExternalRefs: args.allowExternalRefs,
  });
  for (const note of notes) io.err(note);

  const plan: { kind: WebhookKind; triggers: string[]; samples: typeof samples }[] = [];
  for (const [kind, triggers] of byKind) {
    const own = samples.filter((s) => s.kind === kind);
    if (own.length === 0) {
      io.err(`No ${kind === 'profile' ? 'user' : 'location'} sample for ${triggers.join(', ')}: skipped.`);
      continue;
    }
    plan.push({ kind, triggers, samples: own });
  }
  const planned = plan.reduce((n, p) => n + p.triggers.length * p.samples.length, 0);
  if (planned === 0) {
    io.err('Nothing to run: no sample matches the triggers.');
    return 1;
  }

  // Nothing reads the receiver's inbox in a test run: keeping none spares 10,000 captured copies.
  const receiver =
    args.target === 'receiver' ? new ReceiverHost({ inboxSize: 0, addRoute: ADD_ROUTE_ON_CLI }) : null;
  // The local domain (an emulator) and the request checks load only for the runs that use them.
  const local = args.checkIncoming
    ? new (await import('../electron/services/harness/local-domain')).LocalDomain()
    : null;
  const requestCheckIn = api
    ? (await import('../electron/services/harness/api-checks')).requestCheckIn
    : null;
  const controller = new AbortController();
  // Every delivery in flight listens for Ctrl+C on this one signal.
  setMaxListeners(args.concurrency + 8, controller.signal);
  const stopListening = io.onInterrupt?.(() => controller.abort());
  try {
    receiver?.setRoutes(routes);
    if (api) await receiver?.setApi({ domainId: '', title: api.title, contracts: api.contracts });
    const receiverUrl = receiver ? (await receiver.ensure()).url : null;
    const targets = new Map<WebhookKind, KindTarget>(
      plan.map((p) => [p.kind, targetOf(draft, p.kind, args, receiverUrl)]),
    );
    await assertConfirmed([...targets.values()], args.yesRealTarget);

    const view = progressView(io);
    const reports: BatchReport[] = [];
    let offset = 0;
    for (const { kind, triggers, samples: own } of plan) {
      const target = targets.get(kind)!;
      const oauth = oauthClientFor(draft, args, target, io.env, receiver);
      const notifyUrl = local ? (await local.prepare(draft, kind, samples)).state.notifyUrl(kind) : undefined;
      const check = api && requestCheckIn ? requestCheckIn(api, draft, kind) : null;
      if (api && !check)
        io.err(`No operation of "${api.title}" takes the ${kind} webhook's requests: they are not checked.`);
      const report = await runBatch({
        webhook: draft.config[kind],
        catalogue: draft.catalogue[kind],
        samples: own,
        triggers,
        url: target.url,
        confirmHost: new URL(target.url).hostname,
        oauth,
        concurrency: args.concurrency,
        ...(notifyUrl ? { notifyUrl } : {}),
        ...(check ? { checkRequest: check.check } : {}),
        signal: controller.signal,
        keepExchanges: args.json ? 50 : 0,
        stopWhen: stopsRun,
        onResult: (r) => view.result(r),
        onProgress: (p) => view.progress(p, offset, planned),
      });
      offset += report.total;
      reports.push(report);
      if (report.stoppedBy || report.cancelled) break;
    }
    view.end();

    const merged = mergeReports(reports);
    // Webhooks never started (the run stopped first) still count as planned and not run, by name.
    for (const { triggers, samples: own } of plan.slice(reports.length)) {
      for (const sample of own) {
        for (const trigger of triggers) {
          merged.notRunDeliveries?.push({ trigger, sampleId: sample.id, sampleLabel: sample.label });
        }
      }
    }
    merged.notRun += planned - merged.total;
    merged.total = planned;
    if (args.junit) await io.writeFile(args.junit, toJUnitXml(merged));
    if (args.json) io.out(toJsonReport(merged, { includeExchanges: true }).trimEnd());
    io.err(summaryLine(merged));
    if (merged.stoppedBy) {
      const s = merged.stoppedBy;
      io.err(`Stopped: step ${s.step} failed (${s.kind}): ${s.message}`);
      io.err('The target was sent one delivery, not the batch; fix the step above and run again.');
      return 4;
    }
    if (merged.cancelled) io.err('Cancelled (Ctrl+C).');
    return merged.failed > 0 || merged.notRun > 0 || merged.cancelledCount > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    io.err(`Stopped before any delivery: step ${error.step} failed: ${error.message}`);
    return 4;
  } finally {
    stopListening?.();
    await Promise.all([receiver?.stop(), local?.close()]);
  }
}
