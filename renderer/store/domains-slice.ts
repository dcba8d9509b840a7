import type { DomainDraft, DomainSummary } from '../../shared/model/draft';
import { call, errorMessage } from '../bridge';
import type { Autosave } from './autosave';
import type { DomainsSlice, GetState, SetState } from './types';

/** What the domains slice needs besides set/get: loading a draft wipes the undo history. */
export interface DomainsDeps {
  autosave: Autosave;
  resetHistory(): void;
  /** Applies a non-undoable change to the draft and to every version in its undo history. */
  patchDraftEverywhere(id: string, patch: Partial<DomainDraft>): void;
}

function summaryOf(draft: DomainDraft): DomainSummary {
  return { id: draft.id, name: draft.name, base_url: draft.base_url, updated_at: draft.updated_at };
}

function upsert(list: DomainSummary[], summary: DomainSummary): DomainSummary[] {
  const known = list.some((d) => d.id === summary.id);
  const next = known ? list.map((d) => (d.id === summary.id ? summary : d)) : [...list, summary];
  return next.sort((a, b) => a.name.localeCompare(b.name));
}

/** The domain list, the selection, and the domain operations the sidebar offers. */
export function createDomainsSlice(set: SetState, get: GetState, deps: DomainsDeps): DomainsSlice {
  async function showDraft(id: string | null): Promise<void> {
    set({ selectedId: id, draftLoading: id !== null, draftError: null, draft: null });
    deps.resetHistory();
    if (id === null) return;
    try {
      const draft = await call('drafts:get', { id });
      if (get().selectedId !== id) return; // the admin picked another domain meanwhile
      set({ draft, draftLoading: false });
      deps.resetHistory();
    } catch (err) {
      if (get().selectedId === id) set({ draftLoading: false, draftError: errorMessage(err) });
    }
  }

  return {
    domains: [],
    domainsLoaded: false,
    domainsError: null,
    selectedId: null,

    async loadDomains(answers) {
      // The list, the settings and the draft open last, all at once: a reload waits for one round trip.
      const listed = answers?.domains ?? call('domains:list', {});
      void get().loadSettings(answers?.settings);
      const last =
        get().selectedId !== null
          ? Promise.resolve(null)
          : (answers?.lastDraft ?? call('drafts:last', {}).catch(() => null));
      let found: [DomainSummary[], DomainDraft | null];
      try {
        found = await Promise.all([listed, last]);
      } catch (err) {
        set({ domainsLoaded: true, domainsError: errorMessage(err) });
        return;
      }
      const [listedDomains, lastDraft] = found;
      const domains = [...listedDomains].sort((a, b) => a.name.localeCompare(b.name));
      if (domains.some((d) => d.id === get().selectedId)) {
        set({ domains, domainsLoaded: true });
        return;
      }
      if (lastDraft && domains.some((d) => d.id === lastDraft.id)) {
        // The list and the draft in one change: the first render after the answers shows the draft's rows,
        // with no render of the list alone or of "Loading draft…" before it.
        set({
          domains,
          domainsLoaded: true,
          selectedId: lastDraft.id,
          draft: lastDraft,
          draftLoading: false,
          draftError: null,
        });
        deps.resetHistory();
        return;
      }
      set({ domains, domainsLoaded: true });
      await showDraft(domains[0]?.id ?? null);
    },

    async selectDomain(id) {
      if (id === get().selectedId) return;
      // Start the previous draft's save now rather than after the debounce.
      void deps.autosave.flush();
      await showDraft(id);
    },

    async createDomain(name, baseUrl) {
      const draft = await call('domains:create', { name, base_url: baseUrl });
      set((s) => ({ domains: upsert(s.domains, summaryOf(draft)) }));
      await showDraft(draft.id);
      return draft;
    },

    async renameDomain(id, name) {
      const summary = await call('domains:rename', { id, name });
      set((s) => ({ domains: upsert(s.domains, summary) }));
      // The name is not an undoable edit: patch it in (and into the history) so neither the next autosave
      // nor an undo writes the old name back.
      deps.patchDraftEverywhere(id, { name: summary.name });
    },

    async duplicateDomain(id, name) {
      await deps.autosave.flush(); // the copy must include the latest edits
      const draft = await call('domains:duplicate', { id, name });
      set((s) => ({ domains: upsert(s.domains, summaryOf(draft)) }));
      await showDraft(draft.id);
      return draft;
    },

    async deleteDomain(id) {
      await call('domains:delete', { id });
      deps.autosave.discard(id);
      const remaining = get().domains.filter((d) => d.id !== id);
      set({ domains: remaining });
      if (get().selectedId === id) await showDraft(remaining[0]?.id ?? null);
    },

    async createDomainFrom(name, baseUrl, fill) {
      const created = await call('domains:create', { name, base_url: baseUrl });
      await get().adoptDraft(fill(created));
      return created.id;
    },

    async adoptDraft(draft) {
      await call('drafts:save', { draft });
      set((s) => ({ domains: upsert(s.domains, summaryOf(draft)) }));
      await showDraft(draft.id);
    },
  };
}

/** Keeps the sidebar's entry in step with a draft that was just saved. */
export function summaryAfterSave(
  list: DomainSummary[],
  draft: DomainDraft,
  savedAt: string,
): DomainSummary[] {
  if (!list.some((d) => d.id === draft.id)) return list;
  return upsert(list, { ...summaryOf(draft), updated_at: savedAt });
}
