import { AppError } from '../../../shared/bridge/envelope';
import type { DomainDraft } from '../../../shared/model/draft';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { previewCheck } from './api-checks';
import type { HarnessContext, HarnessFailure, HarnessHandlers } from './context';
import {
  assertTrigger,
  draftOf,
  failedTrace,
  hostOf,
  needsConfirmation,
  oauthFor,
  postPath,
  sampleOf,
  unconfirmedHost,
} from './context';
import { checkTarget, fireDelivery, previewDelivery, roundTrip, toCurl, type OAuthClient } from './engine';
import { logNotify, notifyOutcome } from './incoming';

type OutgoingHandlers = Pick<HarnessHandlers, 'harness:preview' | 'harness:fire' | 'harness:round-trip'>;

/** Where a delivery goes: the draft's Post to URL, or the local receiver at the same path. */
export async function deliveryUrl(
  ctx: HarnessContext,
  draft: DomainDraft,
  kind: WebhookKind,
  target: 'post_url' | 'receiver',
): Promise<string> {
  const postUrl = draft.config[kind].outgoing.post_url;
  if (target === 'post_url') return postUrl;
  const receiver = await ctx.receiver.ensure();
  return `${receiver.url}${postPath(postUrl)}`;
}

/**
 * Checks a target before anything is sent: a valid URL first, then, for the Post to URL, that its host
 * and the token URL's host (when they are real systems) were confirmed for this domain.
 */
export async function checkOutgoing(
  ctx: HarnessContext,
  draft: DomainDraft,
  url: string,
  target: 'post_url' | 'receiver',
  confirmHost: string | undefined,
): Promise<HarnessFailure | null> {
  const checked = checkTarget(url, hostOf(url) ?? undefined);
  if (!(checked instanceof URL)) return checked;
  if (target !== 'post_url') return null;
  const tokenUrl = draft.config.security.oauth?.token_url;
  const host = await unconfirmedHost(ctx, draft.id, [url, ...(tokenUrl ? [tokenUrl] : [])], confirmHost);
  if (!host) return null;
  return needsConfirmation(host, host === hostOf(url) ? 'request' : 'token');
}

/** The OAuth client, or the token-step failure that stops the delivery (no password, a bad token URL). */
export async function oauthOrFailure(
  ctx: HarnessContext,
  draft: DomainDraft,
  target: 'post_url' | 'receiver',
  mode: Parameters<typeof oauthFor>[3],
): Promise<OAuthClient | null | HarnessFailure> {
  try {
    return await oauthFor(ctx, draft, target, mode);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { step: 'token', kind: 'token', message: error.message };
  }
}

/** The Content-Type a request carries (header names in any case). */
export const contentTypeOf = (headers: Record<string, string>): string =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';

const isFailure = (v: OAuthClient | null | HarnessFailure): v is HarnessFailure =>
  v !== null && 'kind' in v && 'step' in v;

/** Preview, fire and round trip: the outgoing half of the harness. */
export function createOutgoingHandlers(ctx: HarnessContext): OutgoingHandlers {
  return {
    async 'harness:preview'({ id, kind, trigger, sample_id, target }) {
      assertTrigger(kind, trigger);
      const draft = draftOf(ctx, id);
      const sample = await sampleOf(ctx, id, sample_id, kind);
      const url = await deliveryUrl(ctx, draft, kind, target);
      // Nothing is sent, so no confirmation is needed to look at the request.
      const shown = previewDelivery({
        webhook: draft.config[kind],
        catalogue: draft.catalogue[kind],
        trigger,
        sample,
        url,
        confirmHost: hostOf(url) ?? '',
        oauth: draft.config.security.oauth !== null,
      });
      const { method, headers, body, bytes, event } = shown;
      const api = await previewCheck(ctx, draft, kind, body, contentTypeOf(headers));
      return {
        method,
        url: shown.url,
        headers,
        body,
        bytes,
        event,
        curl: toCurl(shown),
        ...(api ? { api_check: api } : {}),
      };
    },

    async 'harness:fire'({ id, kind, trigger, sample_id, target, confirm_host, oauth_mode }) {
      assertTrigger(kind, trigger);
      const draft = draftOf(ctx, id);
      const sample = await sampleOf(ctx, id, sample_id, kind);
      const url = await deliveryUrl(ctx, draft, kind, target);
      const refused = await checkOutgoing(ctx, draft, url, target, confirm_host);
      if (refused) return failedTrace(trigger, sample.id, url, refused);
      const oauth = await oauthOrFailure(ctx, draft, target, oauth_mode);
      if (isFailure(oauth)) return failedTrace(trigger, sample.id, url, oauth);
      const trace = await fireDelivery({
        webhook: draft.config[kind],
        catalogue: draft.catalogue[kind],
        trigger,
        sample,
        url,
        confirmHost: hostOf(url) ?? '',
        oauth,
      });
      (await ctx.logs.get(id)).recordTrace(trace);
      return trace;
    },

    async 'harness:round-trip'({ id, kind, trigger, sample_id, oauth_mode }) {
      assertTrigger(kind, trigger);
      const draft = draftOf(ctx, id);
      const sample = await sampleOf(ctx, id, sample_id, kind);
      const emulator = await ctx.local.prepare(draft, kind, await ctx.store.samples(id));
      const receiver = await ctx.receiver.ensure();
      const url = await deliveryUrl(ctx, draft, kind, 'receiver');
      const oauth = await oauthOrFailure(ctx, draft, 'receiver', oauth_mode);
      if (isFailure(oauth)) return { ok: false, delivery: failedTrace(trigger, sample.id, url, oauth) };
      const before = ctx.local.records(kind);
      const result = await roundTrip({
        webhook: draft.config[kind],
        catalogue: draft.catalogue[kind],
        trigger,
        sample,
        receiver,
        notifyUrl: emulator.state.notifyUrl(kind),
        oauth,
      });
      const log = await ctx.logs.get(id);
      log.recordTrace(result.delivery);
      if (!result.notify) return { ok: false, delivery: result.delivery };
      logNotify(ctx, log, result.notify);
      const notify = notifyOutcome(
        result.notify,
        'local',
        draft.catalogue[kind],
        before,
        ctx.local.records(kind),
      );
      return {
        ok: result.ok,
        delivery: result.delivery,
        notify,
        ...(result.identifier ? { identifier: result.identifier } : {}),
      };
    },
  };
}
