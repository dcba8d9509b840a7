import { newDraft } from '../../../shared/model/draft';
import type { DomainDraft, DomainSummary } from '../../../shared/model/draft';
import { newId } from '../../../shared/model/ids';
import type { SecretVault } from '../secrets/types';
import type { DraftStore } from '../storage/draft-store';
import type { KeyValueStore, Settings } from '../storage/settings-store';

/** Domains and their drafts: what the domain list and the editor call through the bridge. */
export interface DomainsService {
  /** Summaries in the admin's order (settings), then by name. */
  list(): DomainSummary[];
  create(name: string, baseUrl: string): Promise<DomainDraft>;
  rename(id: string, name: string): Promise<DomainSummary>;
  /** A new domain with the same configuration and catalogue; secrets are not copied. */
  duplicate(id: string, name: string): Promise<DomainDraft>;
  /** Deletes the draft and every secret of the domain. */
  delete(id: string): Promise<{ id: string }>;
  get(id: string): DomainDraft;
  /** The draft open last, or null when none was opened or it has been deleted since. */
  last(): DomainDraft | null;
  /** Saves an existing domain's draft; the stored name, creation time and pulled live state are kept. */
  save(draft: DomainDraft): Promise<{ saved_at: string }>;
}

/** What the domains service needs: the draft store, the secrets, settings and a clock. */
export interface DomainsServiceDeps {
  drafts: DraftStore;
  secrets: SecretVault;
  settings: KeyValueStore<Settings>;
  now?: () => Date;
}

/** Builds the domains service over the host's stores. */
export function createDomainsService(deps: DomainsServiceDeps): DomainsService {
  const { drafts, secrets, settings } = deps;
  const now = () => (deps.now?.() ?? new Date()).toISOString();

  const existing = (id: string): DomainDraft => drafts.requireDraft(id);

  return {
    list: () => {
      const order = settings.get('domain_order');
      const rank = (id: string) => {
        const at = order.indexOf(id);
        return at === -1 ? Number.POSITIVE_INFINITY : at;
      };
      return drafts
        .summaries()
        .sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    },

    create: async (name, baseUrl) => {
      const draft = newDraft(newId(), name, baseUrl, now());
      await drafts.put(draft);
      return draft;
    },

    rename: async (id, name) => {
      const draft = { ...existing(id), name, updated_at: now() };
      await drafts.put(draft);
      return { id, name, base_url: draft.base_url, updated_at: draft.updated_at };
    },

    duplicate: async (id, name) => {
      const source = existing(id);
      const copy = newDraft(newId(), name, source.base_url, now());
      copy.config = structuredClone(source.config);
      copy.catalogue = structuredClone(source.catalogue);
      await drafts.put(copy);
      return copy;
    },

    delete: async (id) => {
      existing(id);
      await drafts.remove(id);
      await secrets.clearDomain(id);
      const order = settings.get('domain_order');
      if (order.includes(id))
        settings.set(
          'domain_order',
          order.filter((x) => x !== id),
        );
      if (settings.get('last_domain_id') === id) settings.set('last_domain_id', null);
      return { id };
    },

    get: (id) => {
      const draft = existing(id);
      if (settings.get('last_domain_id') !== id) settings.set('last_domain_id', id);
      return draft;
    },

    last: () => {
      const id = settings.get('last_domain_id');
      return id ? (drafts.get(id) ?? null) : null;
    },

    save: async (draft) => {
      const stored = existing(draft.id);
      const savedAt = now();
      // The name, creation time and the pulled live state (`remote`) belong to rename, create and
      // pull/publish; a debounced autosave holding older copies of them must not undo those.
      const { remote: _ignored, ...edited } = draft;
      const next: DomainDraft = {
        ...edited,
        name: stored.name,
        created_at: stored.created_at,
        updated_at: savedAt,
      };
      if (stored.remote) next.remote = stored.remote;
      await drafts.put(next);
      return { saved_at: savedAt };
    },
  };
}
