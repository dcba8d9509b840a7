import { createHash } from 'node:crypto';
import type { harnessContract } from '../../../shared/bridge/contract-harness';
import { AppError } from '../../../shared/bridge/envelope';
import { isDeliveryEvent, kindOfTrigger } from '../../../shared/mapping';
import type { DomainDraft } from '../../../shared/model/draft';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { triggersOf } from '../../../shared/model/webhook';
import type { Sample } from '../../../shared/samples';
import type { Handlers } from '../bridge/handlers';
import type { AppEvents } from '../events';
import type { DomainApi } from '../openapi/domain-api';
import type { SecretVault } from '../secrets';
import type { DraftStore } from '../storage/draft-store';
import type { StepFailure } from './failures';
import type { HarnessStore } from './harness-store';
import type { LocalDomain } from './local-domain';
import type { HarnessLogs } from './logs';
import { OAuthClient, oauthSettingsFromDraft, type DraftOAuthMode } from './oauth-client';
import type { ReceiverHost } from './receiver-host';
import type { DeliveryTrace } from './sender';
import { firstUnconfirmedHost, hostOf } from './targets';

/** The harness channels' handlers. */
export type HarnessHandlers = Pick<Handlers, keyof typeof harnessContract>;

/** What the harness handlers share. */
export interface HarnessContext {
  drafts: DraftStore;
  vault: SecretVault;
  store: HarnessStore;
  receiver: ReceiverHost;
  local: LocalDomain;
  logs: HarnessLogs;
  events: AppEvents;
  now: () => Date;
  /** The domain's API description (checks, receiver acting like the API), or null when it has none. */
  api: (id: string) => Promise<DomainApi | null>;
  /** OAuth clients per domain and target, so tokens are reused until they expire. */
  oauthClients: Map<string, { key: string; client: OAuthClient }>;
}

/** A step failure that can name the host waiting for the admin's confirmation. */
export type HarnessFailure = StepFailure & { host?: string };

export { hostOf, needsConfirmation } from './targets';

/** The draft of a domain, or not_found (the draft store's one lookup). */
export function draftOf(ctx: HarnessContext, id: string): DomainDraft {
  return ctx.drafts.requireDraft(id);
}

/** One of the domain's samples of a kind, or not_found. */
export async function sampleOf(
  ctx: HarnessContext,
  id: string,
  sampleId: string,
  kind: WebhookKind,
): Promise<Sample> {
  const sample = (await ctx.store.samples(id)).find((s) => s.id === sampleId);
  if (!sample) throw new AppError('not_found', `No sample "${sampleId}"; it may have been removed.`);
  if (sample.kind !== kind) {
    const noun = kind === 'profile' ? 'user' : 'location';
    throw new AppError('invalid_input', `"${sample.label}" is not a sample ${noun}.`);
  }
  return sample;
}

/** The path (and query) of the Post to URL, which the local receiver is addressed with. */
export function postPath(postUrl: string): string {
  try {
    const url = new URL(postUrl);
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}

/**
 * The first host among `urls` that is a real system the admin has not confirmed for this domain. A host
 * named in `confirmHost` counts as confirmed from now on (the UI asks once per target).
 */
export async function unconfirmedHost(
  ctx: HarnessContext,
  id: string,
  urls: readonly string[],
  confirmHost: string | undefined,
): Promise<string | null> {
  const named = confirmHost?.trim().toLowerCase();
  if (named && urls.some((url) => hostOf(url) === named)) await ctx.store.confirm(id, named);
  return firstUnconfirmedHost(urls, (host) => ctx.store.isConfirmed(id, host));
}

/** A delivery that failed before anything was sent. */
export function failedTrace(trigger: string, sampleId: string, url: string, failure: HarnessFailure) {
  const steps: DeliveryTrace['steps'] =
    failure.step === 'token' ? [{ step: 'token', status: 'failed', ms: 0, message: failure.message }] : [];
  return { deliveryId: '', event: null, trigger, sampleId, url, ok: false, steps, failure, ms: 0 };
}

/**
 * The OAuth client for deliveries of a domain, or null when the draft has no OAuth. Against the Post-to
 * URL it uses the draft's token URL; against the local receiver, the receiver's own token endpoint (it
 * plays the third party), so a local test never asks a real token server. The password stays in the host.
 */
export async function oauthFor(
  ctx: HarnessContext,
  draft: DomainDraft,
  target: 'post_url' | 'receiver',
  mode: DraftOAuthMode,
): Promise<OAuthClient | null> {
  const oauth = draft.config.security.oauth;
  if (!oauth) return null;
  let account = { tokenUrl: oauth.token_url, username: oauth.username, password: '' };
  if (target === 'receiver') {
    // The receiver plays the third party with its own per-session account: the admin's real password
    // never goes to it, so it cannot confirm that password to anyone else on the machine.
    const receiver = await ctx.receiver.ensure();
    account = { ...ctx.receiver.credentials, tokenUrl: `${receiver.url}/oauth/token` };
  } else {
    const password = await ctx.vault.get(draft.id, 'oauth_password');
    if (!password) {
      throw new AppError(
        'invalid_input',
        'OAuth is on, but no password is stored: set it on the Security tab.',
      );
    }
    account.password = password;
  }
  const digest = createHash('sha256').update(account.password).digest('hex');
  const key = JSON.stringify([account.tokenUrl, account.username, digest, mode]);
  const slot = `${draft.id} ${target}`;
  const hit = ctx.oauthClients.get(slot);
  if (hit?.key === key) return hit.client;
  const client = new OAuthClient(
    oauthSettingsFromDraft(
      { token_url: account.tokenUrl, username: account.username },
      account.password,
      mode,
    ),
    { publicCredentials: target === 'receiver' },
  );
  ctx.oauthClients.set(slot, { key, client });
  return client;
}

/** Refuses a trigger (or event name) that does not belong to the webhook kind. */
export function assertTrigger(kind: WebhookKind, trigger: string): void {
  const ok =
    triggersOf(kind).includes(trigger) || (isDeliveryEvent(trigger) && kindOfTrigger(trigger) === kind);
  if (!ok) {
    const page = kind === 'profile' ? 'Profile' : 'Locations';
    throw new AppError('invalid_input', `"${trigger}" is not a trigger of the ${page} webhook.`);
  }
}
