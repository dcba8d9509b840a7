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
/** When each trigger fires, in the words of the Admin Portal's webhook pages. */
const TRIGGER_EVENTS: Record<string, string> = {
  create_user: 'each time a user is created',
  update_user_profile: 'every time a user profile is updated',
  activate_deactivate_user: 'each time a user is activated or deactivated',
  create_location: 'each time a location is created',
  update_location: 'every time a location is updated',
  delete_location: 'each time a location is deleted',
};
const eventOf = (t: string) => TRIGGER_EVENTS[t] ?? `each time "${label(t)}" fires`;
/** Update triggers fire on every edit of a record, so they carry the most traffic. */
const UPDATE_TRIGGERS: Record<string, string> = {
  update_user_profile: 'Every user profile update',
  update_location: 'Every location update',
};
const WHO = { profile: 'users', location: 'locations' } as const;
const IDENTIFIER = { profile: 'User Identifier', location: 'Location Identifier' } as const;
const SHARED_OAUTH = 'one OAuth setup serves both the Profile and the Location webhook';

function triggerImpacts(live: WebhookContent, draft: WebhookContent, out: Impact[]): void {
  const was = new Set(live.outgoing.triggers);
  const now = new Set(draft.outgoing.triggers);
  const target = hostOf(draft.outgoing.post_url);
  for (const t of now) {
    if (was.has(t)) continue;
    out.push({
      level: 'warning',
      message: `"${label(t)}" will start firing: ${eventOf(t)}, MangoApps will POST to ${target}.`,
    });
    const every = UPDATE_TRIGGERS[t];
    if (every) out.push({ level: 'danger', message: `${every} will now call ${target}.` });
  }
  for (const t of was) {
    if (!now.has(t))
      out.push({
        level: 'warning',
        message: `"${label(t)}" will stop firing: the third party will no longer hear ${eventOf(t).replace(/^(each|every) time/, 'when')}.`,
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
    out.push({
      level: 'warning',
      message: `Request Parameters removed: the third party will stop receiving ${gone.join(', ')}.`,
    });
  }
  const liveWrites = new Set(live.outgoing.response_parameters.map((r) => r.mangoapps_field));
  const newWrites = draft.outgoing.response_parameters.filter((r) => !liveWrites.has(r.mangoapps_field));
  if (newWrites.length) {
    const fields = newWrites.map((r) => r.mangoapps_field).join(', ');
    out.push({
      level: 'warning',
      message: `Response Parameters: the third party's answers will now overwrite these MangoApps fields of the ${kind === 'profile' ? 'user' : 'location'}: ${fields}.`,
    });
  }
  identifierImpacts(live, draft, kind, out);
}

/** "employeeNumber (MangoApps field employee_id)" rather than an arrow the admin has to decode. */
function identifierName(content: WebhookContent, kind: WebhookKind): string | undefined {
  const id = identifierOf(content, kind);
  if (!id) return undefined;
  const [api, field] = id.split(' → ');
  return `"${api}" (MangoApps field ${field})`;
}

function identifierImpacts(live: WebhookContent, draft: WebhookContent, kind: WebhookKind, out: Impact[]) {
  const before = identifierName(live, kind);
  const after = identifierName(draft, kind);
  const who = WHO[kind];
  if (before !== after) {
    const was = before ? `instead of ${before}` : `where no ${IDENTIFIER[kind]} was marked before`;
    out.push({
      level: 'danger',
      message: after
        ? `Notifying MangoApps will find ${who} by ${after} ${was}: the third party must send that field, or its notifications fail.`
        : `Notifying MangoApps will break: no Input Parameter is marked ${IDENTIFIER[kind]}, so notifications cannot find ${who}.`,
    });
  } else if (live.incoming.input_parameters.length && !draft.incoming.input_parameters.length) {
    out.push({
      level: 'danger',
      message: `Notifying MangoApps will stop updating any field: the Input Parameters are empty.`,
    });
  }
}

function securityImpacts(live: WebhookContent, draft: WebhookContent, out: Impact[]): void {
  const a = live.security.oauth;
  const b = draft.security.oauth;
  if (a && !b)
    out.push({
      level: 'danger',
      message: `OAuth is removed: calls will be sent without an Authorization header (${SHARED_OAUTH}).`,
    });
  else if (!a && b)
    out.push({
      level: 'warning',
      message: `Calls will first obtain a token from ${hostOf(b.token_url)} (${SHARED_OAUTH}).`,
    });
  else if (a && b && (a.token_url !== b.token_url || a.username !== b.username)) {
    out.push({ level: 'warning', message: `OAuth settings change for both webhooks (${SHARED_OAUTH}).` });
  }
  if (!live.jit_provisioning && draft.jit_provisioning) {
    out.push({
      level: 'warning',
      message: 'JIT provisioning: user accounts will be created at their first login.',
    });
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
