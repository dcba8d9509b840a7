import type { DomainDraft } from '../../shared/model/draft';
import type { WebhookKind } from '../../shared/model/field-catalogue';
import type { HistoryEntry } from '../../shared/plan/outcome';
import { BridgeCallError, call, errorMessage } from '../bridge';
import { kindTitle, when } from '../features/publish/format';
import type { AppStore } from './create-store';
import { isFreshDraft } from './fresh-draft';
import type { PublishState, PublishTask } from './publish-slice';

type Choice = 'theirs' | 'mine';

/**
 * The host plans and publishes the draft it has on disk, so every call first saves what is on screen.
 * A save that keeps failing stops the step: publishing an older draft than the one shown would be a lie.
 */
async function savedDraftId(store: AppStore): Promise<string> {
  const { draft, flushSaves } = store.getState();
  if (!draft) throw new Error('No domain is open.');
  await flushSaves();
  const status = store.getState().saveStatus;
  if (store.autosave.isDirty() || status.state === 'error') {
    const why = status.state === 'error' ? ` (${status.message})` : '';
    throw new Error(`Your latest edits are not saved yet${why}. Try again once the draft shows “Saved”.`);
  }
  return draft.id;
}

/** Runs one host step for the open domain: one at a time, busy while it runs, its error kept for the UI. */
async function run(store: AppStore, task: PublishTask, work: (id: string) => Promise<void>): Promise<void> {
  const state = store.getState();
  const id = state.draft?.id ?? null;
  if (state.publish.domainId === id && state.publish.busy) return;
  state.patchPublish(id, { busy: task, error: null });
  try {
    await work(await savedDraftId(store));
  } catch (err) {
    const code = err instanceof BridgeCallError ? err.code : null;
    store.getState().patchPublish(id, { error: { task, code, message: errorMessage(err) } });
  } finally {
    store.getState().patchPublish(id, { busy: null });
  }
}

/** The admin's typed confirmation of the domain's host, sent only when given. */
const confirming = (host?: string) => (host ? { confirm_host: host } : {});

async function plan(store: AppStore, id: string, context: string | null, host?: string): Promise<void> {
  // Promotion plans the draft against the other saved domain the admin picked, on its live page.
  const target = store.getState().publish.targetId;
  const result = await call('publish:plan', {
    id,
    ...confirming(host),
    ...(target ? { target_id: target } : {}),
  });
  const plannedDraft = store.getState().draft;
  store.getState().patchPublish(id, { plan: result, plannedDraft, outcomes: null, context, view: 'review' });
}

/** After a rollback into the draft: adopt it (undoable) and plan, saying what is being rolled back. */
async function rolledBack(
  store: AppStore,
  id: string,
  draft: DomainDraft,
  kind: WebhookKind,
  version: number,
  by: string,
): Promise<void> {
  store.getState().adoptHostDraft(draft, 'edit');
  await savedDraftId(store);
  const context = `Rolling back the ${kindTitle(kind)} to version ${version} (${by}). Publish to make it live; undo takes it out of the draft.`;
  await plan(store, id, context);
}

/** The Publish tab's host steps, each saving the draft first and adopting whatever draft comes back. */
export function publishActions(store: AppStore) {
  const patch = (id: string, p: Partial<Omit<PublishState, 'domainId'>>) =>
    store.getState().patchPublish(id, p);

  const actions = {
    /** `saveTyped` first hands typed, unsaved secrets to the host, so what the admin typed is what is used. */
    testConnection: (saveTyped: () => Promise<boolean> = async () => true, host?: string) =>
      run(store, 'test', async (id) => {
        patch(id, { connection: null });
        if (!(await saveTyped())) return;
        patch(id, { connection: await call('connection:test', { id, ...confirming(host) }) });
      }),

    /** 'check' first; the dialog then calls again with the admin's choice. */
    pull: (
      mode: 'check' | 'replace' | 'keep_local' = 'check',
      saveTyped: () => Promise<boolean> = async () => true,
      host?: string,
    ) =>
      run(store, 'pull', async (id) => {
        if (!(await saveTyped())) return;
        const before = store.getState().draft;
        const sure = mode === 'check' && isFreshDraft(before) ? 'replace' : mode;
        const result = await call('domain:pull', { id, mode: sure, ...confirming(host) });
        if (result.status === 'needs_choice') {
          patch(id, { pullChoice: result.local_changes });
          return;
        }
        const now = store.getState().draft;
        if (now !== before && now?.id === id) {
          // Edited while the pull ran: keep what is on screen, and save it over the pulled copy the host
          // wrote, so host and screen agree; the next pull asks again.
          store.autosave.schedule(now);
          await store.getState().flushSaves();
          throw new Error(
            'The draft was edited while it was being pulled, so the pull was not applied. Pull again.',
          );
        }
        store.getState().adoptHostDraft(result.draft, 'reset');
        patch(id, { pullChoice: null, plan: null, plannedDraft: null, outcomes: null, context: null });
      }),

    /** Picks the domain the next plan is made against (null: this one); the plan shown no longer applies. */
    planAgainst: (targetId: string | null) => {
      const id = store.getState().draft?.id ?? '';
      patch(id, { targetId, plan: null, plannedDraft: null, outcomes: null });
    },

    cancelPull: () => patch(store.getState().draft?.id ?? '', { pullChoice: null }),

    plan: (context: string | null = null, host?: string) =>
      run(store, 'plan', (id) => plan(store, id, context, host)),

    /**
     * Publishes every planned webhook against the live version the plan was made for; a promotion goes to
     * the plan's target domain only, with the host name the admin typed.
     */
    apply: (note?: string, typedHost?: string) =>
      run(store, 'apply', async (id) => {
        const planned = store.getState().publish.plan?.webhooks ?? [];
        const expected = planned.map((w) => ({ kind: w.kind, version: w.live_version }));
        if (!expected.length) throw new Error('Nothing to publish: make a plan first.');
        // The host refuses when its saved draft is no longer the one this plan was made from.
        const savedAt = store.getState().publish.plan?.planned_from?.saved_at;
        const target = store.getState().publish.plan?.target;
        const result = await call('publish:apply', {
          id,
          expected,
          ...(savedAt ? { planned_from: savedAt } : {}),
          ...(note ? { note } : {}),
          ...(target ? { target_id: target.id, ...confirming(typedHost) } : {}),
        });
        store.getState().adoptHostDraft(result.draft, 'base');
        // The plan's context (a merge or rollback to review) is settled once published: its banner goes.
        patch(id, {
          outcomes: result.outcomes,
          plan: null,
          plannedDraft: null,
          history: null,
          context: target
            ? `Promoted to ${target.name} (${target.base_url}); this domain and its base are unchanged.`
            : null,
        });
      }),

    /** Applies the admin's per-row choices to the draft, then plans again against the new live version. */
    resolve: (kind: WebhookKind, choices: Record<string, Choice>) =>
      run(store, 'resolve', async (id) => {
        const result = await call('publish:resolve', { id, kind, choices });
        store.getState().adoptHostDraft(result.draft, 'edit');
        await savedDraftId(store);
        await plan(
          store,
          id,
          `Merged with the live ${kindTitle(kind)}; review the result before publishing.`,
        );
      }),

    loadHistory: () =>
      run(store, 'history', async (id) => {
        const list = await call('history:list', { id });
        const newestFirst = [...list].sort((a, b) => b.published_at.localeCompare(a.published_at));
        patch(id, { history: newestFirst });
      }),

    /** Puts an earlier published configuration into the draft and shows what publishing it would change. */
    restore: (entry: HistoryEntry) =>
      run(store, 'restore', async (id) => {
        const result = await call('history:restore', { id, entry_id: entry.id });
        const by = `published ${when(entry.published_at)} by ${entry.published_by}`;
        await rolledBack(store, id, result.draft, entry.kind, entry.version, by);
      }),

    /** The same for any version the domain keeps, whoever saved it. */
    restoreVersion: (
      kind: WebhookKind,
      v: { version: number; updated_at: string | null; updated_by: string | null },
    ) =>
      run(store, 'restore', async (id) => {
        const result = await call('history:restore-version', { id, kind, version: v.version });
        const by = `saved ${when(v.updated_at)} by ${v.updated_by ?? 'an unknown admin'}`;
        await rolledBack(store, id, result.draft, kind, v.version, by);
      }),

    /**
     * Runs `task` again with the domain's host the admin typed, so the host remembers it; steps that end
     * in a plan (publish, resolve, rollback) confirm through a plan, since one is needed before them.
     */
    confirmHost: (task: PublishTask, host: string) => {
      if (task === 'test') return actions.testConnection(undefined, host);
      if (task === 'pull') return actions.pull('check', undefined, host);
      return actions.plan(null, host);
    },
  };
  return actions;
}

/** The actions' type, for components that receive them. */
export type PublishActions = ReturnType<typeof publishActions>;
