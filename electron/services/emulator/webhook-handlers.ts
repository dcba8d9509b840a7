import { timingSafeEqual } from 'node:crypto';
import { displayName } from './field-values';
import type { Reply } from './http-util';
import { invalid, msError, ok } from './http-util';
import { applyNotify } from './notify';
import { checkWebhook } from './rules';
import type { Caller } from './session-handlers';
import type { WebhookKind, WireWebhook } from './types';
import { bodyKey, parseWebhookPut } from './wire-schemas';
import type { Core } from './world';

const etag = (version: number): string => `"${version}"`;

/** `GET /api/admin/<kind>_fields.json`. */
export function getFields(core: Core, kind: WebhookKind): Reply {
  return ok({ [`${kind}_fields`]: structuredClone(core.world.catalogue(kind)) });
}

/** `GET /api/admin/webhooks/<kind>.json`, with the version as ETag. */
export function getWebhook(core: Core, kind: WebhookKind): Reply {
  const webhook = core.world.webhooks.current(kind);
  return ok({ [bodyKey(kind)]: webhook }, { ETag: etag(webhook.version) });
}

/** `GET /api/admin/webhooks/<kind>/versions.json`, newest first. */
export function listVersions(core: Core, kind: WebhookKind): Reply {
  return ok({ versions: core.world.webhooks.versions(kind) });
}

/** `GET /api/admin/webhooks/<kind>/versions/<n>.json`. */
export function getVersion(core: Core, kind: WebhookKind, version: number): Reply {
  const found = core.world.webhooks.versionState(kind, version);
  if (!found) return msError(404, `Version ${version} not found`, 'not_found');
  return ok({ [bodyKey(kind)]: found });
}

/** The version an If-Match header names (`"12"`, `W/"12"` or `12`), or null when it names none. */
export function parseIfMatch(header: string): number | null {
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  return m ? Number(m[1]) : null;
}

function conflict(core: Core, kind: WebhookKind, asked: string): Reply {
  const last = core.world.webhooks.lastChange(kind);
  const message = last
    ? `Changed by ${last.updated_by} at ${last.updated_at}`
    : `Version ${asked} does not exist; this webhook has never been saved`;
  return msError(412, message, 'version_conflict', { current_version: last?.version ?? 0 });
}

/**
 * `PUT /api/admin/webhooks/<kind>.json`. Checks run before any effect — 428, forced or real 412, shape
 * 422, rule 422 — and the save itself is one synchronous step, so a PUT is all or nothing.
 */
export function putWebhook(
  core: Core,
  kind: WebhookKind,
  caller: Caller,
  ifMatch: string | undefined,
  body: unknown,
): Reply {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    return msError(
      428,
      'If-Match is required: send the version you edited, e.g. If-Match: "12"',
      'precondition_required',
    );
  }
  const forced = core.faults.conflict;
  if (forced.times > 0) {
    forced.times -= 1;
    if (forced.by) resaveAsColleague(core, kind, forced.by);
    return { ...conflict(core, kind, ifMatch), fault: 'conflict' };
  }
  if (parseIfMatch(ifMatch) !== core.world.webhooks.version(kind)) return conflict(core, kind, ifMatch);
  const parsed = parseWebhookPut(kind, body);
  if (!parsed.ok) return invalid(parsed.details);
  const details = checkWebhook(kind, parsed.value, core.world.catalogue(kind));
  if (details.length > 0) return invalid(details);
  const saved = core.world.webhooks.save(kind, parsed.value, displayName(caller.user.fields), core.stamp());
  return ok({ [bodyKey(kind)]: saved }, { ETag: etag(saved.version) });
}

/** A colleague saves the live content unchanged: a real newer version for a forced conflict to name. */
function resaveAsColleague(core: Core, kind: WebhookKind, by: string): void {
  const live: WireWebhook = core.world.webhooks.current(kind);
  core.world.webhooks.save(
    kind,
    {
      outgoing: live.outgoing,
      incoming: { input_parameters: live.incoming.input_parameters },
      jit_provisioning: live.jit_provisioning,
    },
    by,
    core.stamp(),
  );
}

/** `POST /api/webhooks/<kind>/notify/<secret>.json`: the secret authenticates the caller, no session needed. */
export function notify(core: Core, kind: WebhookKind, secret: string, body: unknown): Reply {
  if (!sameSecret(secret, core.world.notifySecret(kind))) {
    return msError(404, 'Unknown notify URL', 'unknown_notify_url');
  }
  const outcome = applyNotify(
    {
      kind,
      config: core.world.webhooks.config(kind),
      catalogue: core.world.catalogue(kind),
      records: kind === 'profile' ? core.world.users : core.world.locations,
      users: core.world.users,
    },
    body,
  );
  if (outcome.status === 200) {
    const noun = kind === 'profile' ? 'user' : 'location';
    return ok({ [noun]: { id: outcome.id, updated_fields: outcome.updated_fields } });
  }
  return msError(
    outcome.status,
    outcome.message,
    outcome.code,
    outcome.details ? { details: outcome.details } : {},
  );
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return expected !== '' && a.length === b.length && timingSafeEqual(a, b);
}
