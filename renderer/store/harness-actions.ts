import type { ChannelInput, EventPayload } from '../../shared/bridge/contract';
import { bridge, call } from '../bridge';
import type { AppStore } from './create-store';
import type { AppState } from './types';

/**
 * The Test tab's host calls. Results the tab keeps between tab switches go into the harness slice here;
 * the rest (receiver status, inbox, history) are returned to the panel that shows them.
 */
export function harnessActions(store: AppStore) {
  const state = () => store.getState();
  const patch = (p: Parameters<AppState['patchHarness']>[0]) => state().patchHarness(p);

  /** Puts the host's account of a batch on screen, if that batch is still the one shown. */
  async function refreshBatch(runId: string): Promise<void> {
    const out = await call('harness:batch-result', { run_id: runId });
    if (state().harness.batch?.runId !== runId) return;
    patch({
      batch: {
        runId,
        progress: out.progress,
        result: out.result,
        ...(out.error ? { error: out.error } : {}),
      },
    });
  }

  return {
    /** Loads the domain's samples, unless another domain was opened meanwhile. */
    async loadSamples(id: string): Promise<void> {
      const samples = await call('harness:samples', { id });
      if (state().harness.domainId === id) patch({ samples });
    },
    async saveSamples(input: ChannelInput<'harness:samples-save'>): Promise<void> {
      patch({ samples: await call('harness:samples-save', input) });
    },
    async importSamples(input: ChannelInput<'harness:samples-import'>) {
      const out = await call('harness:samples-import', input);
      patch({ samples: out.state });
      return out;
    },

    async preview(input: ChannelInput<'harness:preview'>): Promise<void> {
      patch({ preview: await call('harness:preview', input), trace: null });
    },
    /** Fires one delivery; `what` says in words what ran, for the result's stamp. */
    async fire(input: ChannelInput<'harness:fire'>, what: string) {
      const trace = await call('harness:fire', input);
      patch({ trace, preview: null, stamps: state().stampHarness('trace', what) });
      return trace;
    },
    async roundTrip(input: ChannelInput<'harness:round-trip'>, what: string): Promise<void> {
      const roundTrip = await call('harness:round-trip', input);
      patch({ roundTrip, stamps: state().stampHarness('roundTrip', what) });
    },
    async notify(input: ChannelInput<'harness:notify'>, what: string): Promise<void> {
      const notify = await call('harness:notify', input);
      patch({ notify, stamps: state().stampHarness('notify', what) });
    },

    receiverStatus: () => call('harness:receiver-status', {}),
    startReceiver: () => call('harness:receiver-start', {}),
    stopReceiver: () => call('harness:receiver-stop', {}),
    saveRoutes: (routes: ChannelInput<'harness:receiver-routes'>['routes']) =>
      call('harness:receiver-routes', { routes }),
    inbox: (input: ChannelInput<'harness:inbox'> = {}) => call('harness:inbox', input),
    replay: (input: ChannelInput<'harness:replay'>) => call('harness:replay', input),
    history: (input: ChannelInput<'harness:history'>) => call('harness:history', input),

    /** Starts a batch; once the host accepts it, the batch on screen is this one, with no progress yet. */
    async startBatch(input: ChannelInput<'harness:batch-start'>) {
      const out = await call('harness:batch-start', input);
      if (out.status === 'needs_confirmation') return out;
      const progress = {
        domain_id: input.id,
        run_id: out.run_id,
        done: 0,
        total: out.total,
        passed: 0,
        failed: 0,
        finished: false,
      };
      patch({ batch: { runId: out.run_id, progress, result: null } });
      return out;
    },
    cancelBatch: (runId: string) => call('harness:batch-cancel', { run_id: runId }),
    exportBatch: (runId: string, format: 'junit' | 'json') =>
      call('harness:batch-export', { run_id: runId, format }),
    refreshBatch,
    /** Follows a batch's progress events until the returned function is called. */
    followBatch(runId: string): () => void {
      return bridge.subscribe('harness:progress', (progress: EventPayload<'harness:progress'>) => {
        const batch = state().harness.batch;
        if (progress.run_id !== runId || !batch || batch.result) return;
        patch({ batch: { ...batch, progress } });
        if (progress.finished) refreshBatch(runId).catch(() => undefined);
      });
    },
  };
}

/** The actions' type, for hooks that bind them. */
export type HarnessActions = ReturnType<typeof harnessActions>;
