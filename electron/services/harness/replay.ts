import { checkTarget, maskHeaders } from './delivery-request';
import type { StepFailure } from './failures';
import { exchangeFailure } from './failures';
import type { Agents, WireRequest, WireResponse } from './http-exchange';
import { sendRequest } from './http-exchange';
import type { InboxEntry } from './receiver-inbox';

/** Where and how to replay a captured request; edits replace the method, body or single headers (null removes). */
export interface ReplayOptions {
  url: string;
  method?: string;
  headers?: Record<string, string | null>;
  body?: string;
  timeoutMs?: number;
  /** The host the admin confirmed, for a non-loopback target. */
  confirmHost?: string;
  agents?: Agents;
}

/** What a replay sent (credentials masked) and what came back, or the step it failed at. */
export interface ReplayResult {
  ok: boolean;
  request: WireRequest;
  response?: WireResponse;
  failure?: StepFailure;
}

/** Headers that describe one connection, not the request: recomputed for the replay. */
const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'te',
  'upgrade',
  'expect',
]);

/** The request a replay sends: the captured one with edits applied and connection headers recomputed. */
export function replayRequest(entry: InboxEntry, options: ReplayOptions, url: URL): WireRequest {
  const headers: Record<string, string> = { Host: url.host };
  for (const [name, value] of Object.entries(entry.headers)) {
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers[name] = value;
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    for (const existing of Object.keys(headers)) {
      if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
    }
    if (value !== null) headers[name] = value;
  }
  const body = options.body ?? entry.body;
  headers['Content-Length'] = String(Buffer.byteLength(body));
  return { method: options.method ?? entry.method, url: url.href, headers, body };
}

/** Re-sends a captured request, edited or not, to a URL (https, or http to this machine). */
export async function replayEntry(entry: InboxEntry, options: ReplayOptions): Promise<ReplayResult> {
  const target = checkTarget(options.url, options.confirmHost, 'Replay URL');
  if (!(target instanceof URL)) {
    const request = { method: options.method ?? entry.method, url: options.url, headers: {}, body: '' };
    return { ok: false, request, failure: target };
  }
  const wire = replayRequest(entry, options, target);
  const shown = { ...wire, headers: maskHeaders(wire.headers) };
  try {
    const response = await sendRequest(wire, {
      timeoutMs: options.timeoutMs ?? 10_000,
      ...(options.agents ? { agents: options.agents } : {}),
    });
    if (response.status >= 200 && response.status < 300) return { ok: true, request: shown, response };
    const message = `The target answered HTTP ${response.status}.`;
    return {
      ok: false,
      request: shown,
      response,
      failure: { step: 'response', kind: 'http_status', message },
    };
  } catch (error) {
    return { ok: false, request: shown, failure: exchangeFailure(error, target.origin) };
  }
}
