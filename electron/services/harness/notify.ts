import { interpretResponse } from '../../../shared/domain-api/interpret';
import { assertSecureUrl, isLoopbackHost } from '../net/network-error';
import { exchangeFailure, type FailureKind } from './failures';
import type { Agents } from './http-exchange';
import { sendRequest } from './http-exchange';
import { maskNotifyUrl } from './redact';

/** An incoming call to fire at a domain's notify URL. */
export interface NotifyOptions {
  url: string;
  /** The flat payload keyed by the input parameters' API fields (see composeNotify). */
  payload: Readonly<Record<string, unknown>>;
  /**
   * Required for a notify URL that is not this machine: the target host typed by the admin, because a
   * real domain's notify URL changes production data.
   */
  confirmDomain?: string;
  timeoutMs?: number;
  agents?: Agents;
}

/** Why a notify call changed nothing. */
export type NotifyReason = 'no_match' | 'invalid' | 'unknown_notify_url' | 'remote_error' | FailureKind;

/** What a notify call did: the user (or location) it matched and the fields that changed, or why not. */
export interface NotifyResult {
  ok: boolean;
  /** The notify URL with its secret part masked. */
  url: string;
  payload: Readonly<Record<string, unknown>>;
  status?: number;
  ms: number;
  matched?: { kind: 'user' | 'location'; id: string; updatedFields: string[] };
  reason?: NotifyReason;
  message?: string;
  details?: { path: string; message: string }[];
  /** The answer's body, for the trace. */
  body?: string;
}

function refusal(options: NotifyOptions): Omit<NotifyResult, 'url' | 'payload' | 'ms'> | null {
  let url: URL;
  try {
    url = assertSecureUrl(options.url, 'Notify URL');
  } catch (error) {
    return { ok: false, reason: 'invalid_url', message: (error as Error).message };
  }
  if (isLoopbackHost(url.hostname)) return null;
  if (options.confirmDomain?.trim().toLowerCase() === url.hostname.toLowerCase()) return null;
  return {
    ok: false,
    reason: 'needs_confirmation',
    message: `This changes production data on ${url.hostname}: confirm by naming the domain (${url.hostname}).`,
  };
}

function matchedOf(data: Record<string, unknown>): NotifyResult['matched'] | undefined {
  for (const kind of ['user', 'location'] as const) {
    const rec = data[kind] as { id?: unknown; updated_fields?: unknown } | undefined;
    if (rec && (typeof rec.id === 'string' || typeof rec.id === 'number')) {
      const fields = Array.isArray(rec.updated_fields) ? rec.updated_fields.map(String) : [];
      return { kind, id: String(rec.id), updatedFields: fields };
    }
  }
  return undefined;
}

/**
 * Fires an incoming payload at a notify URL (the emulator's, or a confirmed real domain) and reports the
 * matched record and updated fields, or the reason nothing changed: 404 no match, 422 invalid.
 */
export async function fireNotify(options: NotifyOptions): Promise<NotifyResult> {
  const base = { url: maskNotifyUrl(options.url), payload: options.payload };
  const refused = refusal(options);
  if (refused) return { ...base, ...refused, ms: 0 };
  const body = JSON.stringify(options.payload);
  const target = new URL(options.url);
  let res;
  try {
    res = await sendRequest(
      {
        method: 'POST',
        url: target.href,
        headers: {
          Host: target.host,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
        },
        body,
      },
      { timeoutMs: options.timeoutMs ?? 10_000, ...(options.agents ? { agents: options.agents } : {}) },
    );
  } catch (error) {
    const failure = exchangeFailure(error, target.origin);
    return { ...base, ok: false, reason: failure.kind, message: failure.message, ms: 0 };
  }
  const answered = { ...base, status: res.status, ms: res.ms, body: res.body };
  const interpreted = interpretResponse(res.status, res.headers['content-type'] ?? '', res.body);
  if (interpreted.ok) {
    const matched = matchedOf(interpreted.data);
    if (matched) return { ...answered, ok: true, matched };
    return { ...answered, ok: false, reason: 'remote_error', message: 'The answer names no matched record.' };
  }
  const reason: NotifyReason =
    interpreted.code === 'unknown_notify_url'
      ? 'unknown_notify_url'
      : res.status === 404
        ? 'no_match'
        : res.status === 422
          ? 'invalid'
          : interpreted.reason === 'html' || interpreted.reason === 'not_json'
            ? 'non_json'
            : 'remote_error';
  return {
    ...answered,
    ok: false,
    reason,
    message: interpreted.message,
    ...(interpreted.details ? { details: interpreted.details } : {}),
  };
}
