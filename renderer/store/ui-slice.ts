import type { ProblemLocation } from '../../shared/validation/problem';
import { bridge, call, errorMessage } from '../bridge';
import type { EditorTab, GetState, SetState, UiSlice } from './types';

/** The tab a problem lives on; domain-level problems stay on the current tab (the header is always shown). */
export function tabOf(at: ProblemLocation, current: EditorTab): EditorTab {
  if (at.section === 'security') return 'security';
  if (at.section === 'domain') return current;
  return at.kind;
}

/** Tabs, the problems panel, focus jumps, app info and store-problem banners. */
export function createUiSlice(set: SetState, get: GetState): UiSlice {
  let nonce = 0;
  return {
    activeTab: 'profile',
    problemsOpen: false,
    focusRequest: null,
    appInfo: null,
    storeProblems: [],
    notice: null,
    startDismissed: [],
    sidebarCollapsed: false,
    shortcutsOpen: false,
    touched: { domainId: null, spots: [] },
    touchSpot(spot) {
      const domainId = get().draft?.id ?? null;
      const { touched } = get();
      const spots = touched.domainId === domainId ? touched.spots : [];
      if (!spots.includes(spot)) set({ touched: { domainId, spots: [...spots, spot] } });
    },
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
    settings: null,
    async loadSettings(answer) {
      try {
        const settings = await (answer ?? call('settings:get', {}));
        set({ settings });
        return settings;
      } catch (err) {
        set({ notice: `Could not read the app settings: ${errorMessage(err)}` });
        return null;
      }
    },
    async changeSettings(changes) {
      const before = get().settings;
      if (before) set({ settings: { ...before, ...changes } });
      try {
        set({ settings: await call('settings:set', changes) });
      } catch (err) {
        set({ settings: before, notice: `The setting was not saved: ${errorMessage(err)}` });
      }
    },
    setActiveTab: (activeTab) => set({ activeTab }),
    dismissStart: (id) =>
      set((s) => (s.startDismissed.includes(id) ? {} : { startDismissed: [...s.startDismissed, id] })),
    setProblemsOpen: (problemsOpen) => set({ problemsOpen }),
    jumpTo(at) {
      nonce += 1;
      set({ activeTab: tabOf(at, get().activeTab), focusRequest: { at, nonce } });
    },
    async loadAppInfo(answer) {
      try {
        const appInfo = await (answer ?? call('app:info', {}));
        set({ appInfo, storeProblems: appInfo.store_problems });
      } catch (err) {
        set({ notice: `Could not reach the host: ${errorMessage(err)}` });
      }
    },
    addStoreProblem(problem) {
      set((s) => ({ storeProblems: [...s.storeProblems.filter((p) => p.file !== problem.file), problem] }));
    },
    dismissStoreProblem(file) {
      set((s) => ({ storeProblems: s.storeProblems.filter((p) => p.file !== file) }));
    },
    setNotice: (notice) => set({ notice }),
    undoNote: null,
    setUndoNote: (undoNote) => set({ undoNote }),
    watchStoreProblems: () => bridge.subscribe('store:problem', (problem) => get().addStoreProblem(problem)),
  };
}
