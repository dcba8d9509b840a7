import type { ChannelResult } from '../../shared/bridge/contract';
import type { ErrorCode } from '../../shared/bridge/envelope';
import type { DomainDraft } from '../../shared/model/draft';
import type { ApplyOutcome, HistoryEntry } from '../../shared/plan/outcome';
import type { GetState, PublishSlice, SetState } from './types';

/** What the publish slice needs besides set/get: the same history tools the domains slice uses. */
export interface PublishDeps {
  resetHistory(): void;
  patchDraftEverywhere(id: string, patch: Partial<DomainDraft>): void;
}

/** A failed publish step, with the host's error code so the UI can explain it precisely. */
export interface PublishError {
  task: PublishTask;
  code: ErrorCode | null;
  message: string;
}

/** The sub-views of the Publish tab. */
export type PublishView = 'connect' | 'review' | 'history' | 'checklist';

/** A host call the Publish tab is waiting for. */
export type PublishTask = 'test' | 'pull' | 'plan' | 'apply' | 'resolve' | 'restore' | 'history';

/** What a pull would drop, per webhook, as plan lines. */
export type LocalChanges = Extract<ChannelResult<'domain:pull'>, { status: 'needs_choice' }>['local_changes'];

/** How a draft returned by the host comes back: a fresh start, an undoable edit, or a new base only. */
export type AdoptMode = 'reset' | 'edit' | 'base';

/** The Publish tab's state for one domain (lost, on purpose, when another domain is opened). */
export interface PublishState {
  domainId: string | null;
  view: PublishView;
  busy: PublishTask | null;
  error: PublishError | null;
  connection: ChannelResult<'connection:test'> | null;
  /** Local edits a pull would drop, while the admin decides. */
  pullChoice: LocalChanges | null;
  plan: ChannelResult<'publish:plan'> | null;
  /** The draft version the plan was made for: any later edit makes the plan stale. */
  plannedDraft: DomainDraft | null;
  outcomes: ApplyOutcome[] | null;
  /** Why this review started (e.g. a rollback), shown above the plan. */
  context: string | null;
  history: HistoryEntry[] | null;
  /** Promotion: the other saved domain the admin plans the draft against; null plans this domain. */
  targetId: string | null;
}

/** Nothing known yet for a domain. */
export function initialPublish(domainId: string | null): PublishState {
  return {
    domainId,
    view: 'connect',
    busy: null,
    error: null,
    connection: null,
    pullChoice: null,
    plan: null,
    plannedDraft: null,
    outcomes: null,
    context: null,
    history: null,
    targetId: null,
  };
}

/**
 * The Publish tab's state, and how drafts the host returns come back into the editor without racing the
 * autosave: every adopted draft is set through the store, so the autosave saves exactly what is on screen.
 */
export function createPublishSlice(set: SetState, get: GetState, deps: PublishDeps): PublishSlice {
  return {
    publish: initialPublish(null),
    patchPublish(domainId, patch) {
      // A step that finishes after the admin opened another domain: its result no longer belongs on screen.
      if (domainId !== (get().draft?.id ?? null)) return;
      set((s) => {
        const base = s.publish.domainId === domainId ? s.publish : initialPublish(domainId);
        return { publish: { ...base, ...patch } };
      });
    },
    setPublishView(view) {
      const id = get().draft?.id ?? null;
      get().patchPublish(id, { view });
    },
    adoptHostDraft(draft, mode) {
      const current = get().draft;
      // Another domain is open now: the host has already saved this draft; nothing to show.
      if (!current || current.id !== draft.id) return;
      if (mode === 'reset') {
        // A pull changes the base, the catalogue and the configuration at once. Undoing only part of it
        // would leave a draft whose base no longer matches the domain, so the next publish would conflict
        // with itself: the undo history of this domain starts afresh instead.
        set({ draft });
        deps.resetHistory();
        return;
      }
      // The base (what the domain holds) is a fact, not an edit: it goes into every undo step, so undo
      // never makes the next publish send a stale If-Match. Edits made meanwhile stay.
      // So is the base an imported file brought, which a publish or merge uses up.
      deps.patchDraftEverywhere(draft.id, { remote: draft.remote, file_base: draft.file_base });
      // A merge or a rollback changes the configuration like any edit: one undoable, autosaved step.
      if (mode === 'edit') get().edit((d) => ({ ...d, config: draft.config }));
    },
  };
}
