import type { WebhookKind } from '../model/field-catalogue';
import type { WebhookContent } from '../model/remote';
import { triggersOf } from '../model/triggers';
import { impactsOf, type Impact } from './impacts';
import { unitsOf } from './units';

/** One line of a plan: a unit added, removed or changed. */
export interface PlanChange {
  unit: string;
  label: string;
  op: 'add' | 'remove' | 'change';
  before?: string;
  after?: string;
}

/** What publishing one webhook would change on the domain, and what that sets in motion. */
export interface WebhookPlan {
  kind: WebhookKind;
  /** The live version the plan was computed against. */
  base_version: number;
  changes: PlanChange[];
  impacts: Impact[];
}

/** Options that are not part of the content: a secret change is known only by the host. */
export interface PlanOptions {
  passwordChanged?: boolean;
}

/** The unit-by-unit difference between two contents (live → draft); rows are matched by API Field. */
export function diffContent(live: WebhookContent, draft: WebhookContent, kind: WebhookKind): PlanChange[] {
  const all = triggersOf(kind);
  const before = unitsOf(live, kind, all);
  const after = unitsOf(draft, kind, all);
  const changes: PlanChange[] = [];
  const ids = new Set([...before.keys(), ...after.keys()]);
  for (const id of ids) {
    const b = before.get(id);
    const a = after.get(id);
    const label = (a ?? b)?.label ?? id;
    if (b?.value === a?.value) continue;
    if (b?.value === undefined) changes.push({ unit: id, label, op: 'add', after: a?.value });
    else if (a?.value === undefined) changes.push({ unit: id, label, op: 'remove', before: b.value });
    else changes.push({ unit: id, label, op: 'change', before: b.value, after: a.value });
  }
  return changes;
}

/** The plan for publishing `draft` over `live` (version `baseVersion`). */
export function planWebhook(
  live: WebhookContent,
  draft: WebhookContent,
  kind: WebhookKind,
  baseVersion: number,
  options: PlanOptions = {},
): WebhookPlan {
  const changes = diffContent(live, draft, kind);
  if (options.passwordChanged && draft.security.oauth) {
    changes.push({
      unit: 'oauth_password',
      label: 'OAuth password',
      op: 'change',
      before: '•••',
      after: 'changed',
    });
  }
  return {
    kind,
    base_version: baseVersion,
    changes,
    impacts: changes.length ? impactsOf(live, draft, kind) : [],
  };
}
