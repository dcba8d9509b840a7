import type { WebhookKind } from '../model/field-catalogue';
import type { WebhookContent } from '../model/remote';
import { TRIGGER_LABELS } from '../model/triggers';
import { identifierOf } from './units';

/** A consequence of a plan an admin should read before publishing. */
export interface Impact {
  level: 'info' | 'warning' | 'danger';
  message: string;
}

const label = (t: string) => TRIGGER_LABELS[t] ?? t;
const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url || '(no URL)';
  }
};
const UPDATE_TRIGGERS = new Set(['update_user_profile', 'update_location']);

function triggerImpacts(live: WebhookContent, draft: WebhookContent, out: Impact[]): void {
  const was = new Set(live.outgoing.triggers);
  const now = new Set(draft.outgoing.triggers);
  const target = hostOf(draft.outgoing.post_url);
  for (const t of now) {
    if (was.has(t)) continue;
    out.push({
      level: 'warning',
      message: `"${label(t)}" will start firing: each such event will POST to ${target}.`,
    });
    if (UPDATE_TRIGGERS.has(t)) {
      out.push({ level: 'danger', message: `Every profile or location update will now call ${target}.` });
    }
  }
  for (const t of was) {
    if (!now.has(t))
      out.push({
        level: 'warning',
        message: `"${label(t)}" will stop firing: the third party will no longer hear of these events.`,
      });
  }
  if (now.size > 0 && was.size > 0 && live.outgoing.post_url !== draft.outgoing.post_url) {
    // Within one host, the hosts alone would read "from X to X": name the whole URLs then.
    const sameHost = hostOf(live.outgoing.post_url) === target;
    const [from, to] = sameHost
      ? [live.outgoing.post_url, draft.outgoing.post_url]
      : [hostOf(live.outgoing.post_url), target];
    out.push({ level: 'danger', message: `Deliveries move from ${from} to ${to}.` });
  }
}

function mappingImpacts(live: WebhookContent, draft: WebhookContent, kind: WebhookKind, out: Impact[]): void {
  const liveReq = new Set(live.outgoing.request_parameters.map((r) => r.api_field));
  // A set, not a scan per row: a 1,000-row draft would otherwise cost a million comparisons per plan.
  const draftReq = new Set(draft.outgoing.request_parameters.map((r) => r.api_field));
  const gone = [...liveReq].filter((f) => !draftReq.has(f));
  if (gone.length && draft.outgoing.triggers.length) {
    out.push({ level: 'warning', message: `The third party will stop receiving: ${gone.join(', ')}.` });
  }
  const liveWrites = new Set(live.outgoing.response_parameters.map((r) => r.mangoapps_field));
  const newWrites = draft.outgoing.response_parameters.filter((r) => !liveWrites.has(r.mangoapps_field));
  if (newWrites.length) {
    const fields = newWrites.map((r) => r.mangoapps_field).join(', ');
    out.push({
      level: 'warning',
      message: `Responses will now overwrite these MangoApps fields: ${fields}.`,
    });
  }
  const idBefore = identifierOf(live, kind);
  const idAfter = identifierOf(draft, kind);
  if (idBefore !== idAfter) {
    const who = kind === 'profile' ? 'users' : 'locations';
    out.push({
      level: 'danger',
      message: idAfter
        ? `Incoming sync will find ${who} by ${idAfter} instead of ${idBefore ?? 'nothing'}: the third party must send that field, or its notifications fail.`
        : `Incoming sync will break: no identifier is set, so notifications cannot find ${who}.`,
    });
  } else if (live.incoming.input_parameters.length && !draft.incoming.input_parameters.length) {
    out.push({ level: 'danger', message: 'Incoming sync will stop updating any field.' });
  }
}

function securityImpacts(live: WebhookContent, draft: WebhookContent, out: Impact[]): void {
  const a = live.security.oauth;
  const b = draft.security.oauth;
  if (a && !b)
    out.push({
      level: 'danger',
      message:
        'OAuth is removed: calls will be sent without an Authorization header (both webhooks share it).',
    });
  else if (!a && b)
    out.push({
      level: 'warning',
      message: `Calls will first obtain a token from ${hostOf(b.token_url)} (both webhooks share OAuth).`,
    });
  else if (a && b && (a.token_url !== b.token_url || a.username !== b.username)) {
    out.push({ level: 'warning', message: 'OAuth settings change for both webhooks.' });
  }
  if (!live.jit_provisioning && draft.jit_provisioning) {
    out.push({ level: 'warning', message: 'JIT provisioning: accounts will be created at first login.' });
  }
}

/** Consequences of replacing `live` with `draft`, most serious first. */
export function impactsOf(live: WebhookContent, draft: WebhookContent, kind: WebhookKind): Impact[] {
  const out: Impact[] = [];
  triggerImpacts(live, draft, out);
  mappingImpacts(live, draft, kind, out);
  securityImpacts(live, draft, out);
  const rank = { danger: 0, warning: 1, info: 2 } as const;
  return out.sort((x, y) => rank[x.level] - rank[y.level]);
}
