import { contentFromWire, withWebhookContent } from '../../../shared/domain-api/webhook-content';
import type { DomainDraft } from '../../../shared/model/draft';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { WebhookContent } from '../../../shared/model/remote';
import type { HistoryEntry } from '../../../shared/plan/outcome';
import type { DomainClient } from '../domain-client/domain-client';

/** One live version the domain keeps, with the note of the publish from this computer that made it. */
export interface DomainVersion {
  version: number;
  updated_at: string | null;
  updated_by: string | null;
  note?: string;
}

/**
 * The domain's own version list of one webhook (every version, whoever saved it), newest first. Notes come
 * from this computer's publish log, matched by webhook and version; the domain keeps none.
 */
export async function domainVersions(
  client: DomainClient,
  kind: WebhookKind,
  log: readonly HistoryEntry[],
): Promise<DomainVersion[]> {
  const notes = new Map<number, string>();
  for (const e of log) {
    const note = [e.message, e.note].filter(Boolean).join(' — ');
    if (e.kind === kind && note && !notes.has(e.version)) notes.set(e.version, note);
  }
  const versions = await client.versions(kind);
  return versions
    .map((v) => {
      const note = notes.get(v.version);
      return {
        version: v.version,
        updated_at: v.updated_at ?? null,
        updated_by: v.updated_by ?? null,
        ...(note ? { note } : {}),
      };
    })
    .sort((a, b) => b.version - a.version);
}

/** One earlier version's content, as a plan compares it. */
export async function versionContent(
  client: DomainClient,
  kind: WebhookKind,
  version: number,
): Promise<WebhookContent> {
  return contentFromWire(await client.version(kind, version), kind);
}

/**
 * The draft with one webhook's configuration replaced by an earlier one. The notify URL stays the domain's;
 * OAuth is the profile webhook's setting that locations share, so rolling locations back leaves it be.
 */
export function rolledBackDraft(draft: DomainDraft, kind: WebhookKind, content: WebhookContent): DomainDraft {
  const notifyUrl = draft.config[kind].incoming.notify_url;
  const own = kind === 'location' ? { ...content, security: draft.config.security } : content;
  return { ...draft, config: withWebhookContent(draft.config, kind, own, notifyUrl) };
}
