import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DomainDraft } from '../../shared/model/draft';
import { call, errorMessage } from '../bridge';
import { createApiDescriptionSlice } from './api-description-slice';
import { createAutosave, type Autosave } from './autosave';
import { createDomainsSlice, summaryAfterSave } from './domains-slice';
import { createDraftSlice } from './draft-slice';
import { createHarnessSlice } from './harness-slice';
import { createHistoryGrouper, HISTORY_LIMIT } from './history';
import { createPublishSlice } from './publish-slice';
import { createSecretSaves } from './secret-saves';
import type { AppState, SetState } from './types';
import { createUiSlice } from './ui-slice';

type Tracked = { draft: DomainDraft | null };

/** Options for a store instance; tests shorten the debounce or use fake timers. */
export interface StoreOptions {
  saveDelayMs?: number;
  secretSaveDelayMs?: number;
}

/** One store from the feature slices, with zundo tracking only `draft` and autosave watching it. */
export function createAppStore(options: StoreOptions = {}) {
  const grouper = createHistoryGrouper();
  let autosave: Autosave | null = null;
  const secretSaves = createSecretSaves(options.secretSaveDelayMs);

  const store = createStore<AppState>()(
    temporal(
      (set, get, api) => {
        const setState = set as SetState;
        // Inside the initializer zundo types `temporal` as unknown; it is this store's history.
        const temporalApi = (api as unknown as { temporal: StoreApi<TemporalState<Tracked>> }).temporal;
        const history = () => temporalApi.getState();
        const save = (): Autosave => autosave as Autosave; // assigned right after the store exists
        const resetHistory = () => {
          grouper.reset();
          history().clear();
        };
        const patchDraftEverywhere = (id: string, patch: Partial<DomainDraft>) => {
          const fix = (s: Partial<Tracked>): Partial<Tracked> =>
            s.draft?.id === id ? { draft: { ...s.draft, ...patch } } : s;
          const current = get().draft;
          history().pause();
          if (current?.id === id) set({ draft: { ...current, ...patch } });
          history().resume();
          temporalApi.setState((t) => ({
            pastStates: t.pastStates.map(fix),
            futureStates: t.futureStates.map(fix),
          }));
        };
        return {
          ...createDomainsSlice(setState, get, {
            get autosave() {
              return save();
            },
            resetHistory,
            patchDraftEverywhere,
          }),
          ...createDraftSlice(setState, get, {
            beginEdit: (o) => grouper.begin(o),
            endEdit: () => grouper.end(),
            undo() {
              grouper.reset();
              history().undo();
            },
            redo() {
              grouper.reset();
              history().redo();
            },
          }),
          saveStatus: { state: 'saved', savedAt: null },
          // Typed secrets are saved too: a host step must use what the admin typed.
          flushSaves: async () => {
            await Promise.all([save().flush(), secretSaves.flush()]);
          },
          retrySaveNow: () => void save().flush(),
          ...createUiSlice(setState, get),
          ...createPublishSlice(setState, get, { resetHistory, patchDraftEverywhere }),
          ...createHarnessSlice(setState, get),
          ...createApiDescriptionSlice(setState),
        };
      },
      {
        partialize: (state): Tracked => ({ draft: state.draft }),
        // Only draft changes are undo steps; selection, status and UI changes are not.
        equality: (past, current) => past.draft === current.draft,
        limit: HISTORY_LIMIT,
        handleSet: (handleSet) => grouper.wrap(handleSet),
      },
    ),
  );

  autosave = createAutosave({
    delayMs: options.saveDelayMs,
    save: (draft) => call('drafts:save', { draft }),
    describeError: errorMessage,
    // Every keystroke reschedules; only a different status is worth a store update (and a re-render).
    onStatus: (saveStatus) => {
      const current = store.getState().saveStatus;
      if (JSON.stringify(current) !== JSON.stringify(saveStatus)) store.setState({ saveStatus });
    },
    onSaved: (draft, savedAt) =>
      store.setState((s) => ({ domains: summaryAfterSave(s.domains, draft, savedAt) })),
  });

  // Every change of the same draft (edits, undo, redo, rename) is saved; switching drafts is not a change.
  store.subscribe((state, previous) => {
    if (
      state.draft &&
      previous.draft &&
      state.draft !== previous.draft &&
      state.draft.id === previous.draft.id
    ) {
      autosave?.schedule(state.draft);
    }
  });

  return Object.assign(store, { autosave, secretSaves });
}

/** The store type components receive through context. */
export type AppStore = ReturnType<typeof createAppStore>;
