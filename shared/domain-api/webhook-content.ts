import type { WebhookConfig } from '../model/draft';
import type { WebhookKind } from '../model/field-catalogue';
import { newId } from '../model/ids';
import type { WebhookContent } from '../model/remote';
import { triggersOf } from '../model/triggers';
import type { InputRow, MappingRow, Webhook } from '../model/webhook';
import type { WireRow, WireWebhook } from './wire-schemas';

export type { WebhookContent };

/** The contract's identifier key for a webhook kind. */
export function identifierKey(kind: WebhookKind): 'user_identifier' | 'location_identifier' {
  return kind === 'profile' ? 'user_identifier' : 'location_identifier';
}

/** The body key of a webhook kind (`profile_webhook` / `location_webhook`). */
export function bodyKey(kind: WebhookKind): 'profile_webhook' | 'location_webhook' {
  return kind === 'profile' ? 'profile_webhook' : 'location_webhook';
}

const wireRow = (r: WireRow): WireRow => ({ api_field: r.api_field, mangoapps_field: r.mangoapps_field });

/** Triggers in the Admin Portal's order, so equal sets compare equal. */
function orderedTriggers(kind: WebhookKind, triggers: readonly string[]): string[] {
  const known = triggersOf(kind);
  const rank = (t: string) => (known.includes(t) ? known.indexOf(t) : known.length);
  return [...new Set(triggers)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The content a draft would publish for one webhook kind. */
export function contentFromDraft(config: WebhookConfig, kind: WebhookKind): WebhookContent {
  const hook = config[kind];
  const key = identifierKey(kind);
  const content: WebhookContent = {
    outgoing: {
      triggers: orderedTriggers(kind, hook.outgoing.triggers),
      post_url: hook.outgoing.post_url,
      request_parameters: hook.outgoing.request_parameters.map(wireRow),
      response_parameters: hook.outgoing.response_parameters.map(wireRow),
    },
    incoming: {
      input_parameters: hook.incoming.input_parameters.map((r) => ({ ...wireRow(r), [key]: r.identifier })),
    },
    security: { oauth: config.security.oauth ? { ...config.security.oauth } : null },
  };
  if (kind === 'profile') content.jit_provisioning = config.jit_provisioning;
  return content;
}

/** The content of a webhook as a domain returned it. */
export function contentFromWire(wire: WireWebhook, kind: WebhookKind): WebhookContent {
  const key = identifierKey(kind);
  const oauth = wire.security.oauth;
  const content: WebhookContent = {
    outgoing: {
      triggers: orderedTriggers(kind, wire.outgoing.triggers),
      post_url: wire.outgoing.post_url,
      request_parameters: wire.outgoing.request_parameters.map(wireRow),
      response_parameters: wire.outgoing.response_parameters.map(wireRow),
    },
    incoming: {
      input_parameters: wire.incoming.input_parameters.map((r) => ({
        ...wireRow(r),
        [key]: r[key] === true,
      })),
    },
    security: { oauth: oauth ? { token_url: oauth.token_url, username: oauth.username } : null },
  };
  if (kind === 'profile') content.jit_provisioning = wire.jit_provisioning === true;
  return content;
}

/** Draft rows (with fresh local ids) for a webhook's content, e.g. after a pull. */
export function webhookFromContent(
  content: Pick<WebhookContent, 'outgoing' | 'incoming'>,
  kind: WebhookKind,
  notifyUrl: string | null,
): Webhook {
  const key = identifierKey(kind);
  const row = (r: WireRow): MappingRow => ({ id: newId(), ...wireRow(r) });
  return {
    outgoing: {
      triggers: [...content.outgoing.triggers],
      post_url: content.outgoing.post_url,
      request_parameters: content.outgoing.request_parameters.map(row),
      response_parameters: content.outgoing.response_parameters.map(row),
    },
    incoming: {
      notify_url: notifyUrl,
      input_parameters: content.incoming.input_parameters.map((r): InputRow => ({
        ...row(r),
        identifier: r[key] === true,
      })),
    },
  };
}

/** Canonical JSON of a content, for equality checks (read-back verification, conflict detection). */
export function canonicalContent(content: WebhookContent): string {
  return JSON.stringify(content, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** Whether two contents are the same configuration. */
export function sameContent(a: WebhookContent, b: WebhookContent): boolean {
  return canonicalContent(a) === canonicalContent(b);
}

/**
 * The configuration with one webhook's content put in (rows get fresh ids). OAuth is shared by both
 * webhooks, so it follows the content too; JIT provisioning belongs to the profile webhook.
 */
export function withWebhookContent(
  config: WebhookConfig,
  kind: WebhookKind,
  content: WebhookContent,
  notifyUrl: string | null,
): WebhookConfig {
  const oauth = content.security.oauth;
  return {
    ...config,
    [kind]: webhookFromContent(content, kind, notifyUrl),
    security: { oauth: oauth ? { ...oauth } : null },
    ...(kind === 'profile' ? { jit_provisioning: content.jit_provisioning ?? false } : {}),
  };
}
