/**
 * How the classic MangoApps API answers (admin-api.md, Errors): success is a 2xx JSON body with
 * `ms_response`; failures hide in non-2xx statuses, in `ms_errors`/`ms_error` bodies with HTTP 200, and in
 * HTML sign-in pages. Every one of them must be seen as a failure.
 */
export type Interpreted =
  | { ok: true; data: Record<string, unknown> }
  | {
      ok: false;
      status: number;
      reason: 'html' | 'not_json' | 'ms_errors' | 'status';
      message: string;
      code?: string;
      details?: { path: string; message: string }[];
      extra: Record<string, unknown>;
    };

function errorFields(body: Record<string, unknown>): {
  message?: string;
  code?: string;
  details?: unknown;
  extra: Record<string, unknown>;
} {
  if (typeof body.ms_error === 'string') return { message: body.ms_error, extra: {} };
  const errs = body.ms_errors as { error?: unknown } | undefined;
  const e = (Array.isArray(errs?.error) ? errs?.error[0] : errs?.error) as
    Record<string, unknown> | undefined;
  if (!e) return { extra: {} };
  return {
    message: typeof e.message === 'string' ? e.message : undefined,
    code: typeof e.code === 'string' ? e.code : undefined,
    details: e.details,
    extra: e,
  };
}

function detailsOf(raw: unknown): { path: string; message: string }[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw
    .filter((d): d is { path: unknown; message: unknown } => typeof d === 'object' && d !== null)
    .map((d) => ({ path: String(d.path ?? ''), message: String(d.message ?? '') }));
}

/** Classify one HTTP answer from a domain. */
export function interpretResponse(status: number, contentType: string, text: string): Interpreted {
  const trimmed = text.trimStart();
  if (/html/i.test(contentType) || /^<(!doctype|html)/i.test(trimmed)) {
    return {
      ok: false,
      status,
      reason: 'html',
      message:
        'The domain answered with a web page instead of JSON — it is probably behind single sign-on, or the URL is not a MangoApps domain.',
      extra: {},
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      ok: false,
      status,
      reason: 'not_json',
      message: `The domain answered HTTP ${status} with a body that is not JSON.`,
      extra: {},
    };
  }
  const obj = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const err = errorFields(obj);
  const ok2xx = status >= 200 && status < 300;
  if (err.message !== undefined || 'ms_errors' in obj || 'ms_error' in obj) {
    return {
      ok: false,
      status,
      reason: 'ms_errors',
      message: err.message ?? `The domain reported an error (HTTP ${status}).`,
      code: err.code,
      details: detailsOf(err.details),
      extra: err.extra,
    };
  }
  if (!ok2xx)
    return { ok: false, status, reason: 'status', message: `The domain answered HTTP ${status}.`, extra: {} };
  const data = obj.ms_response;
  if (!data || typeof data !== 'object') {
    return {
      ok: false,
      status,
      reason: 'not_json',
      message: 'The domain answered without an ms_response body.',
      extra: {},
    };
  }
  return { ok: true, data: data as Record<string, unknown> };
}
