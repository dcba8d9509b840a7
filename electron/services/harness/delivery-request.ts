import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/bridge/envelope';
// From the modules themselves, not the mapping index: this runs per delivery, and in the CommonJS form
// the TypeScript runner gives modules each call through an index costs two more property getters.
import { deliveryEvent, type DeliveryEvent } from '../../../shared/mapping/events';
import { requestBodyJson } from '../../../shared/mapping/request-json';
import type { Field } from '../../../shared/model/field-catalogue';
import type { Webhook } from '../../../shared/model/webhook';
import { assertSecureUrl } from '../net/network-error';
import { hostSecrets } from '../secrets/redactor';
import type { StepFailure } from './failures';
import type { WireRequest } from './http-exchange';
import { isRealHost, needsConfirmation } from './targets';

/** What a delivery is made of. */
export interface DeliverySpec {
  webhook: Webhook;
  catalogue: readonly Field[];
  /** An Admin Portal trigger (activate_deactivate_user resolves by account status) or an event name. */
  trigger: string;
  sample: { id: string; fields: Readonly<Record<string, unknown>> };
  /** Where to send; default the webhook's Post to URL. */
  url?: string;
  /** The host the admin confirmed for a non-loopback target (the UI asks once per target). */
  confirmHost?: string;
  /** Fixed delivery id (tests); a fresh uuid otherwise. */
  deliveryId?: string;
}

/** A request a delivery would send, with its secret headers masked: what previews and traces show. */
export interface ShownRequest extends WireRequest {
  event: DeliveryEvent;
  deliveryId: string;
  bytes: number;
}

/** A prepared delivery: the request to send (before the token is added) and its target. */
export interface PreparedDelivery {
  event: DeliveryEvent;
  deliveryId: string;
  url: URL;
  body: string;
  bytes: number;
}

/** The mask shown in place of a secret. */
export const MASK = '•••';

/** Masks credentials in headers (Authorization keeps its scheme, e.g. `Bearer •••`). */
export function maskHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'authorization' || lower === 'proxy-authorization') {
      const scheme = /^(\S+)\s/.exec(value)?.[1];
      out[name] = scheme ? `${scheme} ${MASK}` : MASK;
    } else if (lower === 'cookie' || lower === 'set-cookie') out[name] = MASK;
    else out[name] = value;
  }
  return out;
}

/** Checks the target: https (http only to loopback), and a confirmed host when it is not this machine. */
export function checkTarget(
  raw: string,
  confirmHost: string | undefined,
  what = 'Post to URL',
): URL | StepFailure {
  // A password in the URL is refused below, but the URL itself is echoed in traces: mask it by value.
  hostSecrets.rememberUrl(raw);
  let url: URL;
  try {
    url = assertSecureUrl(raw, what);
  } catch (error) {
    return { step: 'request', kind: 'invalid_url', message: (error as AppError).message };
  }
  const host = url.hostname.toLowerCase();
  if (isRealHost(host) && confirmHost?.toLowerCase() !== host) return needsConfirmation(host);
  return url;
}

/** Resolves the event and target, and maps the sample into the body. Throws AppError for a bad target. */
export function prepareDelivery(spec: DeliverySpec): PreparedDelivery {
  const target = checkTarget(spec.url ?? spec.webhook.outgoing.post_url, spec.confirmHost);
  if (!(target instanceof URL)) throw new AppError('invalid_input', target.message);
  return prepareFor(spec, target);
}

/** Maps the sample into the body for an already checked target. */
export function prepareFor(spec: DeliverySpec, url: URL): PreparedDelivery {
  const body = requestBodyJson(spec.webhook, spec.sample.fields, spec.catalogue);
  return {
    event: deliveryEvent(spec.trigger, spec.sample),
    deliveryId: spec.deliveryId ?? randomUUID(),
    url,
    body,
    bytes: Buffer.byteLength(body),
  };
}

/** The exact wire request of a prepared delivery (admin-api.md, Deliveries), with the token if any. */
export function wireRequest(prepared: PreparedDelivery, accessToken?: string): WireRequest {
  const headers: Record<string, string> = {
    Host: prepared.url.host,
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'Content-Length': String(prepared.bytes),
    'X-MangoApps-Event': prepared.event,
    'X-MangoApps-Delivery': prepared.deliveryId,
  };
  if (accessToken !== undefined) {
    headers['Authorization'] = `Bearer ${accessToken}`;
    if (accessToken !== MASK) hostSecrets.remember(accessToken);
  }
  headers['Connection'] = 'keep-alive';
  return { method: 'POST', url: prepared.url.href, headers, body: prepared.body };
}

/** The request a delivery would send, without sending it; the token shows as `Bearer •••` when OAuth is set. */
export function previewDelivery(spec: DeliverySpec & { oauth?: unknown }): ShownRequest {
  const prepared = prepareDelivery(spec);
  const wire = wireRequest(prepared, spec.oauth ? MASK : undefined);
  return {
    ...wire,
    headers: maskHeaders(wire.headers),
    event: prepared.event,
    deliveryId: prepared.deliveryId,
    bytes: prepared.bytes,
  };
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const CURL_SKIPS = new Set(['host', 'content-length', 'connection']);

/** The request as a curl command; credentials stay masked unless `revealSecrets` is set. */
export function toCurl(request: WireRequest, options: { revealSecrets?: boolean } = {}): string {
  const headers = options.revealSecrets ? request.headers : maskHeaders(request.headers);
  const parts = [`curl -X ${request.method} ${shellQuote(request.url)}`];
  for (const [name, value] of Object.entries(headers)) {
    if (!CURL_SKIPS.has(name.toLowerCase())) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  }
  if (request.body !== '') parts.push(`--data-raw ${shellQuote(request.body)}`);
  return parts.join(' \\\n  ');
}
