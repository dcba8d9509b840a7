import type { BatchReport } from '../electron/services/harness/batch-types';
import { postPath } from '../electron/services/harness/context';
import { checkTarget } from '../electron/services/harness/delivery-request';
import type { FailureKind } from '../electron/services/harness/failures';
import { OAuthClient, oauthSettingsFromDraft } from '../electron/services/harness/oauth-client';
import type { ReceiverHost } from '../electron/services/harness/receiver-host';
import { firstUnconfirmedHost, hostOf } from '../electron/services/harness/targets';
import { isDeliveryEvent, kindOfTrigger } from '../shared/mapping';
import type { DomainDraft } from '../shared/model/draft';
import { WEBHOOK_KINDS, type WebhookKind } from '../shared/model/field-catalogue';
import { triggersOf } from '../shared/model/webhook';
import { UsageError } from './args';
import type { TestArgs } from './harness-args';
import { InputError } from './input-error';

/** Failures that mean every other delivery would fail the same way: the run stops at the first. */
const RUN_STOPPERS = new Set<FailureKind>(['dns', 'refused', 'tls', 'timeout', 'reset', 'network', 'token']);

/** Whether a failure should stop the run before it floods the target. */
export const stopsRun = (failure: { kind: FailureKind }): boolean => RUN_STOPPERS.has(failure.kind);

/** The triggers to run, by webhook: `--trigger`, or every trigger the file enables. */
export function triggersByKind(draft: DomainDraft, asked: readonly string[] | undefined, file: string) {
  const out = new Map<WebhookKind, string[]>();
  const chosen = asked ?? WEBHOOK_KINDS.flatMap((k) => draft.config[k].outgoing.triggers);
  for (const trigger of chosen) {
    const known = WEBHOOK_KINDS.some((k) => triggersOf(k).includes(trigger)) || isDeliveryEvent(trigger);
    if (!known) {
      const all = WEBHOOK_KINDS.flatMap((k) => triggersOf(k)).join(', ');
      throw new UsageError(`--trigger: "${trigger}" is not a trigger; the triggers are ${all}.`);
    }
    const kind = kindOfTrigger(trigger);
    const list = out.get(kind) ?? out.set(kind, []).get(kind)!;
    if (!list.includes(trigger)) list.push(trigger);
  }
  if (out.size === 0) {
    throw new InputError([
      `${file}: no trigger is enabled on either webhook: enable one, or pass --trigger.`,
    ]);
  }
  return out;
}

/** Where one webhook's deliveries go, and its token URL when the draft has OAuth. */
export interface KindTarget {
  url: string;
  tokenUrl: string | null;
}

/** The delivery URL for a kind: the receiver at the Post to URL's path, the Post to URL, or `--target`. */
export function targetOf(
  draft: DomainDraft,
  kind: WebhookKind,
  args: TestArgs,
  receiverUrl: string | null,
): KindTarget {
  const postUrl = draft.config[kind].outgoing.post_url;
  const oauth = draft.config.security.oauth;
  if (receiverUrl) {
    return {
      url: `${receiverUrl}${postPath(postUrl)}`,
      tokenUrl: oauth ? `${receiverUrl}/oauth/token` : null,
    };
  }
  const url = args.target === 'post-url' ? postUrl : args.target;
  if (url.trim() === '')
    throw new InputError([`${args.file}: ${kind}.outgoing.post_url is empty: nothing to send to.`]);
  const checked = checkTarget(url, hostOf(url) ?? undefined);
  if (!(checked instanceof URL))
    throw new InputError([
      `${args.target === 'post-url' ? `${kind}.outgoing.post_url` : '--target'}: ${checked.message}`,
    ]);
  return { url, tokenUrl: oauth?.token_url ?? null };
}

/** Refuses a real target (or token URL) host not named with --yes-real-target: the app's confirm rule. */
export async function assertConfirmed(targets: readonly KindTarget[], yes: readonly string[]): Promise<void> {
  const urls = targets.flatMap((t) => [t.url, ...(t.tokenUrl ? [t.tokenUrl] : [])]);
  const host = await firstUnconfirmedHost(urls, (h) => yes.includes(h));
  if (host) {
    throw new InputError([
      `${host} is a real system, not this machine: pass --yes-real-target ${host} to send test deliveries to it.`,
    ]);
  }
}

/**
 * The OAuth client for the run, or null without OAuth. Against the local receiver it uses the receiver's
 * own made-up account, as the app does, so a local run needs no real password and never sends it.
 */
export function oauthClientFor(
  draft: DomainDraft,
  args: TestArgs,
  target: KindTarget,
  env: Record<string, string | undefined>,
  receiver: ReceiverHost | null,
): OAuthClient | null {
  const oauth = draft.config.security.oauth;
  if (!oauth || !target.tokenUrl) return null;
  const account = receiver?.credentials ?? {
    username: oauth.username,
    password: env.WEBHOOK_STUDIO_OAUTH_PASSWORD ?? '',
  };
  if (!account.password) {
    throw new RunError(
      'token',
      'OAuth is on in the draft, but WEBHOOK_STUDIO_OAUTH_PASSWORD is not set in the environment.',
    );
  }
  return new OAuthClient(
    oauthSettingsFromDraft(
      { token_url: target.tokenUrl, username: account.username },
      account.password,
      args.oauthMode,
    ),
    { publicCredentials: receiver !== null },
  );
}

/** The run could not start (or stopped at once): the failing step, exit 4. */
export class RunError extends Error {
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(message);
  }
}

/** The runs of each webhook as one report, counting every planned delivery. */
export function mergeReports(reports: readonly BatchReport[]): BatchReport {
  const [first] = reports;
  if (!first) throw new Error('no report');
  const sum = (pick: (r: BatchReport) => number) => reports.reduce((n, r) => n + pick(r), 0);
  let index = 0;
  const stoppedBy = reports.find((r) => r.stoppedBy)?.stoppedBy;
  return {
    ...first,
    finishedAt: reports.at(-1)!.finishedAt,
    durationMs: sum((r) => r.durationMs),
    cancelled: reports.some((r) => r.cancelled),
    url: [...new Set(reports.map((r) => r.url))].join(' '),
    triggers: reports.flatMap((r) => r.triggers),
    total: sum((r) => r.total),
    passed: sum((r) => r.passed),
    failed: sum((r) => r.failed),
    cancelledCount: sum((r) => r.cancelledCount),
    notRun: sum((r) => r.notRun),
    ...(stoppedBy ? { stoppedBy } : {}),
    results: reports.flatMap((r) => r.results).map((r) => ({ ...r, index: index++ })),
    notRunDeliveries: reports.flatMap((r) => r.notRunDeliveries ?? []),
    exchanges: reports.flatMap((r) => r.exchanges),
    failedExchanges: reports.flatMap((r) => r.failedExchanges),
  };
}
