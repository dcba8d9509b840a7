import type { RouteView } from '../../../shared/bridge/harness-schemas';
import type { MappingRow } from '../../../shared/model/webhook';
import type { RouteDraft } from '../../store/harness-slice';

export type { RouteDraft };

let next = 1;

/** An editable copy of a route. */
export function toDraft(route: RouteView): RouteDraft {
  return {
    key: next++,
    method: route.method,
    path: route.path,
    status: String(route.status),
    delay: String(route.delayMs),
    body: JSON.stringify(route.body ?? {}, null, 2),
  };
}

/** A route back from the editor, or the first problem with it. */
export function fromDraft(d: RouteDraft): { route: RouteView } | { error: string } {
  const status = Number(d.status);
  if (!Number.isInteger(status) || status < 100 || status > 599) return { error: 'Status must be 100–599.' };
  const delay = d.delay.trim() === '' ? 0 : Number(d.delay);
  if (!Number.isInteger(delay) || delay < 0 || delay > 60_000) return { error: 'Delay must be 0–60000 ms.' };
  if (!d.path.startsWith('/')) return { error: 'The path starts with /.' };
  let body: unknown;
  try {
    body = d.body.trim() === '' ? {} : JSON.parse(d.body);
  } catch (err) {
    return { error: `The body template is not JSON: ${(err as Error).message}` };
  }
  return {
    route: {
      method: d.method.trim().toUpperCase() || 'POST',
      path: d.path.trim(),
      status,
      delayMs: delay,
      body,
    },
  };
}

/** Sets `value` at a dotted path (`data.id` → { data: { id } }), as response parameters read it. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  parts.slice(0, -1).forEach((part) => {
    const child = node[part];
    node = (node[part] = child && typeof child === 'object' ? child : {}) as Record<string, unknown>;
  });
  node[parts[parts.length - 1] ?? path] = value;
}

/**
 * A route answering every response parameter, so the write-back preview has something to show: each
 * value is `"{{$id}}"`-based (unique per request) and names the field it fills.
 */
export function suggestedRoute(path: string, responseRows: readonly MappingRow[]): RouteDraft {
  const body: Record<string, unknown> = {};
  for (const row of responseRows) {
    if (row.api_field) setPath(body, row.api_field, `${row.mangoapps_field || 'value'}-{{$id}}`);
  }
  return toDraft({ method: 'POST', path, status: 200, delayMs: 0, body });
}
