import { performance } from 'node:perf_hooks';
import { AppError } from '../../../shared/bridge/envelope';
import type { DeliveryEvent, WriteBackEntry } from '../../../shared/mapping';
// From the module itself, not the mapping index: see delivery-request.ts.
import { writeBackPreview } from '../../../shared/mapping/write-back';
import { proxyAuthWords } from '../net/failure-words';
import { sharedPool } from '../net/net-pool';
import type { Route } from '../net/route';
import type { DeliverySpec, PreparedDelivery } from './delivery-request';
import { checkTarget, maskHeaders, prepareFor, wireRequest } from './delivery-request';
import type { StepFailure } from './failures';
import { exchangeFailure, networkKind, NO_ROUTE_HEADER } from './failures';
import type { Agents, ExchangeOptions, WireRequest, WireResponse } from './http-exchange';
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
 * One delivery on its way: what it has learned so far (its id and event once prepared, the status once
 * answered) and its steps. Its methods end it as a trace, so a delivery needs no closures of its own.
 */
class Delivery {
  readonly steps: TraceStep[] = [];
  deliveryId: string;
  event: DeliveryEvent | null = null;
  status: number | undefined;

  constructor(
    readonly options: FireOptions,
    readonly rawUrl: string,
    readonly started: number,
  ) {
    this.deliveryId = options.deliveryId ?? '';
  }

  /** The trace, built in place rather than spread from temporary objects, in this key order. */
  end(failure?: StepFailure): DeliveryTrace {
    const out = {
      deliveryId: this.deliveryId,
      event: this.event,
      trigger: this.options.trigger,
      sampleId: this.options.sample.id,
      url: this.rawUrl,
      ok: failure === undefined,
      steps: this.steps,
    } as DeliveryTrace;
    if (failure) out.failure = failure;
    if (this.status !== undefined) out.status = this.status;
    out.ms = performance.now() - this.started;
    return out;
  }

  /** Records the request about to go on the wire (a token masked) and returns it. */
  request(prepared: PreparedDelivery, via: string | null, token?: string): WireRequest {
    const wire = wireRequest(prepared, token);
    const step: TraceStep = {
      step: 'request',
      method: wire.method,
      url: wire.url,
      // Only a token needs masking; without one the wire headers are shown as they are (no copy per delivery).
      headers: token === undefined ? wire.headers : maskHeaders(wire.headers),
      body: wire.body,
      bytes: prepared.bytes,
    };
    if (via) step.via = via;
    this.steps.push(step);
    return wire;
  }

  /** The options of this delivery's exchanges (the same for each attempt). */
  exchangeOptions(url: URL): ExchangeOptions {
    // One literal with every key (absent ones undefined), not grown key by key: this runs per delivery.
    const { timeoutMs, agents, signal } = this.options;
    return { timeoutMs: timeoutMs ?? 10_000, parsedUrl: url, agents, signal };
  }

  /** Records an answer. */
  answer(response: WireResponse): void {
    const { status, headers, body, ms } = response;
    this.steps.push({ step: 'response', status, headers, body, ms });
  }

  /** Ends the delivery from its final answer: proxy refusal, a non-2xx status, the JSON and the write-back. */
  finish(response: WireResponse, target: URL, route: Route): DeliveryTrace {
    const options = this.options;
    this.status = response.status;
    const via = route.via ?? undefined;
    if (response.status === 407 && via) {
      const offered = Boolean(route.proxy?.username || route.proxy?.password);
      const message = proxyAuthWords(via.replace(/^via proxy /, ''), target.origin, offered);
      return this.end({ step: 'request', kind: 'proxy', message });
    }
    if (!is2xx(response.status)) {
      const message = `The target answered HTTP ${response.status}; a delivery needs a 2xx answer, nothing is written back.`;
      return this.end({ step: 'response', kind: 'http_status', message });
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
      return this.end({ step: 'response', kind: 'non_json', message });
    }
    const preview = writeBackPreview(options.webhook, options.sample.fields, json, options.catalogue);
    const missing: string[] = [];
    for (const entry of preview) if (entry.flags.missing) missing.push(entry.api_field);
    this.steps.push({ step: 'write_back', preview, missing });
    const noRoute = response.headers[NO_ROUTE_HEADER];
    if (missing.length > 0 && noRoute) {
      // The receiver says where its routes are added (the app's Test tab, the command line's routes file).
      const told = (json as { add_route?: unknown }).add_route;
      const addRoute =
        typeof told === 'string' && told.length <= 200 ? told : 'add one to the local receiver';
      const message = `The local receiver has no route for ${noRoute}, so its default answer holds none of the response parameters. A route for this path is missing, not the mapping: ${addRoute}.`;
      return this.end({ step: 'write_back', kind: 'no_route', message });
    }
    if (missing.length > 0) {
      const list = missing.map((m) => `"${m}"`).join(', ');
      const message = `The answer has no ${list} field${missing.length > 1 ? 's' : ''}: check the response parameters' API field names.`;
      return this.end({ step: 'write_back', kind: 'missing_field', message });
    }
    return this.end();
  }
}

/**
 * Fires one delivery as MangoApps would (admin-api.md, Deliveries) and traces every step: token,
 * request, response, write-back preview. A 401 gets one fresh token and one retry. Failures are named at
 * the step where they happened; nothing throws for a failed delivery.
 */
export function fireDelivery(options: FireOptions): Promise<DeliveryTrace> {
  const rawUrl = options.url ?? options.webhook.outgoing.post_url;
  const delivery = new Delivery(options, rawUrl, performance.now());
  const target = options.checkedTarget ?? checkTarget(rawUrl, options.confirmHost);
  if (!(target instanceof URL)) return Promise.resolve(delivery.end(target));
  const prepared = prepareFor(options, target);
  delivery.deliveryId = prepared.deliveryId;
  delivery.event = prepared.event;
  // A batch's pool knows the route after its first delivery: no promise to wait for per delivery.
  const route = (options.agents ?? sharedPool()).settledRoute(prepared.url);
  if (!route || options.oauth) return fireInSteps(delivery, target, prepared, route);
  // The common case, a known route and no token to get: one exchange, one promise to wait for.
  const wire = delivery.request(prepared, route.via);
  return sendRequest(wire, delivery.exchangeOptions(prepared.url)).then(
    (response) => {
      delivery.answer(response);
      return delivery.finish(response, target, route);
    },
    (error: unknown) => delivery.end(exchangeFailure(error, target.origin)),
  );
}

/** A delivery whose route is still to be found or which needs a token (and may retry once after a 401). */
async function fireInSteps(
  delivery: Delivery,
  target: URL,
  prepared: PreparedDelivery,
  known: Route | undefined,
): Promise<DeliveryTrace> {
  const oauth = delivery.options.oauth ?? null;
  let route = known;
  if (!route) {
    try {
      route = await (delivery.options.agents ?? sharedPool()).route(prepared.url);
    } catch (error) {
      return delivery.end(exchangeFailure(error, target.origin));
    }
  }
  let response: WireResponse | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    let token: string | undefined;
    if (oauth) {
      const got = await getToken(oauth, delivery.steps);
      if (typeof got !== 'string') return delivery.end(got);
      token = got;
    }
    const wire = delivery.request(prepared, route.via, token);
    try {
      response = await sendRequest(wire, delivery.exchangeOptions(prepared.url));
    } catch (error) {
      return delivery.end(exchangeFailure(error, target.origin));
    }
    delivery.answer(response);
    if (response.status === 401 && oauth && token !== undefined && attempt === 1) {
      oauth.invalidate(token);
      continue;
    }
    break;
  }
  if (!response) return delivery.end({ step: 'response', kind: 'network', message: 'No answer.' });
  return delivery.finish(response, target, route);
}
