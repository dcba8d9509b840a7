import { contentFromDraft } from '../domain-api/webhook-content';
import type { WebhookConfig } from '../model/draft';
import { WEBHOOK_KINDS, type WebhookKind } from '../model/webhook-kinds';
import { diffContent, type PlanChange } from './plan';

/** The plan lines of one webhook. */
export interface WebhookChanges {
  kind: WebhookKind;
  changes: PlanChange[];
}

/**
 * What replacing one configuration with another would change, per webhook, unit by unit as a plan reads
 * (rows matched by API Field). Webhooks without a change are left out.
 */
export function configChanges(before: WebhookConfig, after: WebhookConfig): WebhookChanges[] {
  return WEBHOOK_KINDS.map((kind) => ({
    kind,
    changes: diffContent(contentFromDraft(before, kind), contentFromDraft(after, kind), kind),
  })).filter((w) => w.changes.length > 0);
}
