import { AppError } from '../../../shared/bridge/envelope';
import type { DeliveryEvent, WriteBackEntry } from '../../../shared/mapping';
import { writeBackPreview } from '../../../shared/mapping';
import { proxyAuthWords } from '../net/failure-words';
import { sharedPool } from '../net/net-pool';
import type { DeliverySpec } from './delivery-request';
import { checkTarget, maskHeaders, prepareFor, wireRequest } from './delivery-request';
import type { StepFailure } from './failures';
import { exchangeFailure, networkKind, NO_ROUTE_HEADER } from './failures';
import type { Agents, WireResponse } from './http-exchange';
import { sendRequest } from './http-exchange';
import type { OAuthClient } from './oauth-client';

/** One step of a delivery's trace, with its timing. */
export type TraceStep =
  | { step: 'token'; status: 'obtained' | 'reused' | 'failed'; ms: number; message?: string }
  | {
      step: 'request';
      method: string;
      url: string;
      /** Every header sent, credentials masked (`Bearer •••`); the full value only goes on the wire. */
      headers: Record<string, string>;
      body: string;
      bytes: number;
      /** "via proxy http://proxy.corp:3128 (from HTTPS_PROXY)" when the call goes through a proxy. */
      via?: string;
    }
  | { step: 'response'; status: number; headers: Record<string, string>; body: string; ms: number }
  | { step: 'write_back'; preview: WriteBackEntry[]; missing: string[] };

/** Everything that happened in one delivery. */
export interface DeliveryTrace {
  deliveryId: string;
  event: DeliveryEvent | null;
  trigger: string;
  sampleId: string;
  url: string;
  ok: boolean;
  /** The HTTP status of the last answer, if one arrived. */
  status?: number;
  steps: TraceStep[];
  failure?: StepFailure;
  ms: number;
}

/** A delivery to fire: what it is made of, plus how it is sent. */
export interface FireOptions extends DeliverySpec {
  oauth?: OAuthClient | null;
  /** Deadline per HTTP exchange (default 10 s, as MangoApps waits). */
  timeoutMs?: number;
  agents?: Agents;
  signal?: AbortSignal;
  /** The target already checked by checkTarget (a batch checks it once, not per delivery). */
  checkedTarget?: URL;
}

/** What a delivery learned before it ended: its id and event once prepared, the status once answered. */
type TraceIds = Partial<Pick<DeliveryTrace, 'deliveryId' | 'event' | 'status'>>;

type TokenStep = Extract<TraceStep, { step: 'token' }>;

async function getToken(oauth: OAuthClient, steps: TraceStep[]): Promise<string | StepFailure> {
  const started = performance.now();
  try {
    const token = await oauth.token();
    steps.push({ step: 'token', status: token.source, ms: token.ms } satisfies TokenStep);
    return token.accessToken;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    steps.push({ step: 'token', status: 'failed', ms: performance.now() - started, message });
    // A proxy or certificate failure while asking for the token is not a credentials problem: say which.
    const network = error instanceof AppError && error.code === 'network';
    const cause = network ? networkKind((error as { cause?: unknown }).cause ?? error) : 'token';
    const kind = cause === 'tls' || cause === 'proxy' ? cause : 'token';
    return { step: 'token', kind, message };
  }
}

const is2xx = (status: number) => status >= 200 && status < 300;

/**
 * Fires one delivery as MangoApps would (admin-api.md, Deliveries) and traces every step: token,
 * request, response, write-back preview. A 401 gets one fresh token and one retry. Failures are named at
 * the step where they happened; nothing throws for a failed delivery.
 */
export async function fireDelivery(options: FireOptions): Promise<DeliveryTrace> {
  const started = performance.now();
  const steps: TraceStep[] = [];
  const rawUrl = options.url ?? options.webhook.outgoing.post_url;
  const trace = (failure?: StepFailure, extra: TraceIds = {}): DeliveryTrace => {
    // Built in place rather than spread from temporary objects (this runs per delivery), in this key order.
    const out = {
      deliveryId: extra.deliveryId ?? options.deliveryId ?? '',
      event: extra.event ?? null,
      trigger: options.trigger,
      sampleId: options.sample.id,
      url: rawUrl,
      ok: failure === undefined,
      steps,
    } as DeliveryTrace;
    if (failure) out.failure = failure;
    if (extra.status !== undefined) out.status = extra.status;
    out.ms = performance.now() - started;
    return out;
  };

  const target = options.checkedTarget ?? checkTarget(rawUrl, options.confirmHost);
  if (!(target instanceof URL)) return trace(target);
  const prepared = prepareFor(options, target);
  const ids = { deliveryId: prepared.deliveryId, event: prepared.event };
  const oauth = options.oauth ?? null;

  const pool = options.agents ?? sharedPool();
  // A batch's pool knows the route after its first delivery: no promise to wait for per delivery.
  let route = pool.settledRoute(prepared.url);
  if (!route) {
    try {
      route = await pool.route(prepared.url);
    } catch (error) {
      return trace(exchangeFailure(error, target.origin), ids);
    }
  }
  const via = route.via ?? undefined;
  let response: WireResponse | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    let token: string | undefined;
    if (oauth) {
      const got = await getToken(oauth, steps);
      if (typeof got !== 'string') return trace(got, ids);
      token = got;
    }
    const wire = wireRequest(prepared, token);
    steps.push({
      step: 'request',
      method: wire.method,
      url: wire.url,
      // Only a token needs masking; without one the wire headers are shown as they are (no copy per delivery).
      headers: token === undefined ? wire.headers : maskHeaders(wire.headers),
      body: wire.body,
      bytes: prepared.bytes,
      ...(via ? { via } : {}),
    });
    try {
      response = await sendRequest(wire, {
        timeoutMs: options.timeoutMs ?? 10_000,
        parsedUrl: prepared.url,
        ...(options.agents ? { agents: options.agents } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      return trace(exchangeFailure(error, target.origin), ids);
    }
    const { status, headers, body, ms } = response;
    steps.push({ step: 'response', status, headers, body, ms });
    if (status === 401 && oauth && token !== undefined && attempt === 1) {
      oauth.invalidate(token);
      continue;
    }
    break;
  }
  if (!response) return trace({ step: 'response', kind: 'network', message: 'No answer.' }, ids);
  const done = { ...ids, status: response.status };
  if (response.status === 407 && via) {
    const proxy = (await (options.agents ?? sharedPool()).route(prepared.url)).proxy;
    const offered = Boolean(proxy?.username || proxy?.password);
    const message = proxyAuthWords(via.replace(/^via proxy /, ''), target.origin, offered);
    return trace({ step: 'request', kind: 'proxy', message }, done);
  }
  if (!is2xx(response.status)) {
    const message = `The target answered HTTP ${response.status}; a delivery needs a 2xx answer, nothing is written back.`;
    return trace({ step: 'response', kind: 'http_status', message }, done);
  }
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    json = undefined;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const type = response.headers['content-type'] ?? 'no content type';
    const message = `The answer is not a JSON object (${type}); nothing is written back.`;
    return trace({ step: 'response', kind: 'non_json', message }, done);
  }
  const preview = writeBackPreview(options.webhook, options.sample.fields, json, options.catalogue);
  const missing = preview.filter((e) => e.flags.missing).map((e) => e.api_field);
  steps.push({ step: 'write_back', preview, missing });
  const noRoute = response.headers[NO_ROUTE_HEADER];
  if (missing.length > 0 && noRoute) {
    const message = `The local receiver has no route for ${noRoute}, so its default answer holds none of the response parameters. A route for this path is missing, not the mapping: add one under Test › Local receiver.`;
    return trace({ step: 'write_back', kind: 'no_route', message }, done);
  }
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    const message = `The answer has no ${list} field${missing.length > 1 ? 's' : ''}: check the response parameters' API field names.`;
    return trace({ step: 'write_back', kind: 'missing_field', message }, done);
  }
  return trace(undefined, done);
}
