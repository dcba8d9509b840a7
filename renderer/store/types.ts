import type { ChannelResult, StoreProblem } from '../../shared/bridge/contract';
import type { AppSettings } from '../../shared/bridge/contract-settings';
import type { DomainDraft, DomainSummary } from '../../shared/model/draft';
import type { ProblemLocation } from '../../shared/validation/problem';
import type { ApiDescriptionState } from './api-description-slice';
import type { HarnessState, StampedResult } from './harness-slice';
import type { AdoptMode, PublishState, PublishView } from './publish-slice';
import type { StartAnswers } from './start-answers';

/** The editor's tabs. */
export type EditorTab = 'profile' | 'location' | 'security' | 'catalogue' | 'test' | 'publish';

/** What the save-status indicator shows. */
export type SaveStatus =
  | { state: 'saved'; savedAt: string | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string; retryInMs: number };

/** How an edit joins the undo history: edits with the same group in quick succession are one step. */
export interface EditOptions {
  group?: string;
  /** Close the group after this edit (e.g. a typed space ends a word). */
  endGroup?: boolean;
}

/** Domain list and selection. */
export interface DomainsSlice {
  domains: DomainSummary[];
  domainsLoaded: boolean;
  domainsError: string | null;
  selectedId: string | null;
  /** Shows the domain list and opens the draft open last (or the first); `answers` are calls already made. */
  loadDomains(answers?: Pick<StartAnswers, 'domains' | 'settings' | 'lastDraft'>): Promise<void>;
  selectDomain(id: string | null): Promise<void>;
  createDomain(name: string, baseUrl: string): Promise<DomainDraft>;
  renameDomain(id: string, name: string): Promise<void>;
  duplicateDomain(id: string, name: string): Promise<DomainDraft>;
  deleteDomain(id: string): Promise<void>;
  /** Saves a draft that is not the one on screen (e.g. an import as a new domain) and lists it. */
  adoptDraft(draft: DomainDraft): Promise<void>;
  /** Creates a domain, saves `fill` of its fresh draft as its draft and opens it; answers the new id. */
  createDomainFrom(
    name: string,
    baseUrl: string,
    fill: (created: DomainDraft) => DomainDraft,
  ): Promise<string>;
}

/** The draft on screen; its `draft` field is the only state undo/redo covers. */
export interface DraftSlice {
  draft: DomainDraft | null;
  draftLoading: boolean;
  draftError: string | null;
  edit(recipe: (draft: DomainDraft) => DomainDraft, options?: EditOptions): void;
  undo(): void;
  redo(): void;
}

/** Autosave state, written by the autosave controller. */
export interface SaveSlice {
  saveStatus: SaveStatus;
  flushSaves(): Promise<void>;
  retrySaveNow(): void;
}

/** A request to focus a spot in the editor (from the problems list); the nonce repeats a jump. */
export interface FocusRequest {
  at: ProblemLocation;
  nonce: number;
}

/** UI-only state. */
export interface UiSlice {
  activeTab: EditorTab;
  problemsOpen: boolean;
  focusRequest: FocusRequest | null;
  appInfo: ChannelResult<'app:info'> | null;
  storeProblems: StoreProblem[];
  /** A short message about a failed action that has no dialog of its own. */
  notice: string | null;
  /** App settings from the host's settings store (theme, density, last domain); null until loaded. */
  settings: AppSettings | null;
  /** The domain list folded away to give the editor the width (narrow windows). */
  sidebarCollapsed: boolean;
  /** Spots (problem-index keys) of the open domain the admin has edited or left: their messages show. */
  touched: { domainId: string | null; spots: readonly string[] };
  /** Marks a spot of the open domain as edited or left, so its validation messages show from now on. */
  touchSpot(spot: string): void;
  /** The keyboard-shortcut list ("?") is open. */
  shortcutsOpen: boolean;
  setShortcutsOpen(open: boolean): void;
  setSidebarCollapsed(collapsed: boolean): void;
  /** Domains whose start screen the admin left with "Start empty" (this session). */
  startDismissed: readonly string[];
  setActiveTab(tab: EditorTab): void;
  dismissStart(id: string): void;
  /** Reads the settings from the host; null (and a notice) when the host cannot be reached. */
  loadSettings(answer?: Promise<AppSettings>): Promise<AppSettings | null>;
  /** Changes settings; the screen follows at once and goes back if the host refuses. */
  changeSettings(changes: Partial<Pick<AppSettings, 'theme' | 'density'>>): Promise<void>;
  setProblemsOpen(open: boolean): void;
  jumpTo(at: ProblemLocation): void;
  loadAppInfo(answer?: StartAnswers['appInfo']): Promise<void>;
  addStoreProblem(problem: StoreProblem): void;
  dismissStoreProblem(file: string): void;
  setNotice(notice: string | null): void;
  /** Shows the host's store-problem reports as they arrive; returns the unsubscribe. */
  watchStoreProblems(): () => void;
  /** What the last undo or redo changed, when it was out of sight ("Undid: removed row 12 …"). */
  undoNote: UndoNote | null;
  setUndoNote(note: UndoNote | null): void;
}

/** A note on an undo or redo whose change is not on screen, and where to show it (null: nowhere). */
export interface UndoNote {
  text: string;
  at: ProblemLocation | null;
}

/** Connecting, pulling, planning and publishing: the Publish tab's state and how host drafts come back. */
export interface PublishSlice {
  publish: PublishState;
  /** Updates the Publish state of a domain; a different domain than the stored one starts afresh. */
  patchPublish(domainId: string | null, patch: Partial<Omit<PublishState, 'domainId'>>): void;
  setPublishView(view: PublishView): void;
  /** Brings a draft the host saved (pull, publish, merge, rollback) into the editor; see AdoptMode. */
  adoptHostDraft(draft: DomainDraft, mode: AdoptMode): void;
}

/** The Test tab: what it shows and remembers between tab switches. */
export interface HarnessSlice {
  harness: HarnessState;
  patchHarness(patch: Partial<Omit<HarnessState, 'domainId'>>): void;
  /** Starts afresh when another domain is on screen. */
  harnessForDomain(id: string): void;
  /** The stamps with the next one for `result`, to store together with that result. */
  stampHarness(result: StampedResult, what: string): HarnessState['stamps'];
}

/** The open domain's API description (host data, outside undo). */
export interface ApiDescriptionSlice {
  apiDescription: ApiDescriptionState;
  setApiDescription(
    domainId: string,
    description: ApiDescriptionState['description'],
    binding: ApiDescriptionState['binding'],
    check: ApiDescriptionState['context'],
  ): void;
}

/** The whole store. */
export type AppState = DomainsSlice &
  DraftSlice &
  SaveSlice &
  UiSlice &
  PublishSlice &
  HarnessSlice &
  ApiDescriptionSlice;

/** `set` as slices see it. */
export type SetState = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
/** `get` as slices see it. */
export type GetState = () => AppState;
