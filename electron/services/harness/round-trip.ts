import { applyWriteBack, composeNotify, identifierRow } from '../../../shared/mapping';
import type { Field } from '../../../shared/model/field-catalogue';
import type { Webhook } from '../../../shared/model/webhook';
import type { NotifyResult } from './notify';
import { fireNotify } from './notify';
import type { OAuthClient } from './oauth-client';
import type { Receiver } from './receiver';
import type { DeliveryTrace } from './sender';
import { fireDelivery } from './sender';

/** One user's two-way sync, local end to end. */
export interface RoundTripOptions {
  webhook: Webhook;
  catalogue: readonly Field[];
  trigger: string;
  sample: { id: string; fields: Readonly<Record<string, unknown>> };
  /** The local receiver playing the third party; the delivery goes to its URL with the Post to URL's path and query. */
  receiver: Pick<Receiver, 'url'>;
  /** The emulator's notify URL for this webhook. */
  notifyUrl: string;
  oauth?: OAuthClient | null;
  timeoutMs?: number;
  /** Lists the domain's records (e.g. the emulator's state API), read before and after to show what changed. */
  records?: () => readonly { id: string; fields: Readonly<Record<string, string | null>> }[];
}

/** What the round trip did: the delivery, the notify call back, and the matched record's changes. */
export interface RoundTripResult {
  ok: boolean;
  delivery: DeliveryTrace;
  /** The payload the third party sent back and what the domain did with it; absent when the delivery failed. */
  notify?: NotifyResult;
  /** The identifier's API field and value used to find the user. */
  identifier?: { api_field: string; value: unknown };
  /** Per changed field, its value before and after (when a lookup is given). */
  changes?: { key: string; before: string | null; after: string | null }[];
}

/** The Post to URL's path and query: the receiver is addressed exactly as the third party would be. */
function postPath(webhook: Webhook): string {
  try {
    const url = new URL(webhook.outgoing.post_url);
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}

/**
 * Runs the outgoing delivery into the local receiver, then the receiver side's notify call back into the
 * domain emulator: the payload is composed from the sample as the third party now knows it (the sample
 * with the answer's write-back applied), so the identifier match and the updated fields show the whole
 * sync for one user.
 */
export async function roundTrip(options: RoundTripOptions): Promise<RoundTripResult> {
  const delivery = await fireDelivery({
    webhook: options.webhook,
    catalogue: options.catalogue,
    trigger: options.trigger,
    sample: options.sample,
    url: `${options.receiver.url}${postPath(options.webhook)}`,
    oauth: options.oauth ?? null,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (!delivery.ok) return { ok: false, delivery };
  const writeBack = delivery.steps.find((s) => s.step === 'write_back');
  const known = writeBack ? applyWriteBack(options.sample.fields, writeBack.preview) : options.sample.fields;
  const payload = composeNotify(options.webhook, { fields: known }, options.catalogue);
  const idRow = identifierRow(options.webhook);
  const identifier = idRow ? { api_field: idRow.api_field, value: payload[idRow.api_field] } : undefined;

  const before = options.records?.();
  const notify = await fireNotify({
    url: options.notifyUrl,
    payload,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  const result: RoundTripResult = { ok: notify.ok, delivery, notify, ...(identifier ? { identifier } : {}) };
  const matched = notify.matched;
  if (matched && before && options.records) {
    const prior = before.find((r) => r.id === matched.id)?.fields ?? {};
    const after = options.records().find((r) => r.id === matched.id)?.fields ?? {};
    result.changes = matched.updatedFields.map((key) => ({
      key,
      before: prior[key] ?? null,
      after: after[key] ?? null,
    }));
  }
  return result;
}
