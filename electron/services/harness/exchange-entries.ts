import type { LoggedExchange } from './exchange-log';
import type { NotifyResult } from './notify';
import type { ReplayResult } from './replay';

/** A notify call as a log entry (incoming: third party → MangoApps); its URL is already masked. */
export function exchangeFromNotify(result: NotifyResult, at: string, id: string): LoggedExchange {
  return {
    id,
    at,
    direction: 'incoming',
    method: 'POST',
    url: result.url,
    ...(result.status !== undefined ? { status: result.status } : {}),
    ok: result.ok,
    ms: Math.round(result.ms * 100) / 100,
    ...(result.ok || !result.message
      ? {}
      : { failure: { step: 'response', kind: 'http_status', message: result.message } }),
    request: { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(result.payload) },
    ...(result.body !== undefined ? { response: { headers: {}, body: result.body } } : {}),
  };
}

/** A replay as a log entry. */
export function exchangeFromReplay(result: ReplayResult, at: string, id: string): LoggedExchange {
  return {
    id,
    at,
    direction: 'replay',
    method: result.request.method,
    url: result.request.url,
    ...(result.response ? { status: result.response.status } : {}),
    ok: result.ok,
    ms: Math.round((result.response?.ms ?? 0) * 100) / 100,
    ...(result.failure ? { failure: result.failure } : {}),
    request: { headers: result.request.headers, body: result.request.body },
    ...(result.response
      ? { response: { headers: result.response.headers, body: result.response.body } }
      : {}),
  };
}
