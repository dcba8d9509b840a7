import {
  contentFromDraft,
  sameContent,
  withWebhookContent,
} from '../../../shared/domain-api/webhook-content';
import { emptyConfig, type DomainDraft } from '../../../shared/model/draft';
import { WEBHOOK_KINDS, type Field, type WebhookKind } from '../../../shared/model/field-catalogue';
import type { RemoteBase } from '../../../shared/model/remote';
import { defaultChoices, mergeContents, threeWay } from '../../../shared/plan/merge';
import { diffContent, type PlanChange } from '../../../shared/plan/plan';
import type { LiveWebhook } from './publish-engine';

/** Both live webhooks and both catalogues, as a pull reads them. */
export interface LiveDomain {
  webhooks: Record<WebhookKind, LiveWebhook>;
  fields: Record<WebhookKind, Field[]>;
}

/** The base a draft records for a live webhook. */
export function baseOf(live: LiveWebhook, at: string): RemoteBase {
  return {
    version: live.version,
    updated_at: live.wire.updated_at ?? null,
    updated_by: live.wire.updated_by ?? null,
    synced_at: at,
    content: live.content,
  };
}

/** What replacing the draft with the live configuration would drop, per webhook (plan lines live → draft). */
export function localChanges(
  draft: DomainDraft,
  live: LiveDomain,
): { kind: WebhookKind; changes: PlanChange[] }[] {
  return WEBHOOK_KINDS.map((kind) => {
    const mine = contentFromDraft(draft.config, kind);
    // Never pulled: only a draft with something in it has anything to lose.
    const base = draft.remote?.[kind]?.content ?? contentFromDraft(emptyConfig(), kind);
    const changes = sameContent(base, mine) ? [] : diffContent(live.webhooks[kind].content, mine, kind);
    return { kind, changes };
  }).filter((c) => c.changes.length > 0);
}

/** The draft on the new base: the live configuration, or (keep_local) the local edits merged onto it. */
export function pulledDraft(
  draft: DomainDraft,
  live: LiveDomain,
  keepLocal: boolean,
  at: string,
): DomainDraft {
  let config = draft.config;
  for (const kind of WEBHOOK_KINDS) {
    const l = live.webhooks[kind];
    let content = l.content;
    if (keepLocal) {
      const base = draft.remote?.[kind]?.content ?? l.content;
      const mine = contentFromDraft(draft.config, kind);
      const items = threeWay(base, l.content, mine, kind);
      content = mergeContents(l.content, mine, kind, items, defaultChoices(items));
    }
    config = withWebhookContent(config, kind, content, l.wire.incoming.notify_url ?? null);
  }
  // A pull is the new base: a base an imported file brought is replaced with it.
  const { file_base: _imported, ...rest } = draft;
  return {
    ...rest,
    config,
    remote: { profile: baseOf(live.webhooks.profile, at), location: baseOf(live.webhooks.location, at) },
    catalogue: {
      source: 'domain',
      pulled_at: at,
      profile: live.fields.profile,
      location: live.fields.location,
    },
  };
}
