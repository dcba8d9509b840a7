import type {
  BatchProgressView,
  BatchResultView,
  DeliveryTraceView,
  NotifyOutcome,
  PreviewView,
  SamplesState,
} from '../../shared/bridge/harness-schemas';
import type { WebhookKind } from '../../shared/model/field-catalogue';
import type { GetState, HarnessSlice, SetState } from './types';

/** The Test tab's sections. */
export type HarnessView = 'outgoing' | 'receiver' | 'incoming' | 'batch' | 'samples' | 'history';
/** Where a delivery goes. */
export type DeliveryTarget = 'post_url' | 'receiver';
/** How the token request sends the Security page's username and password. */
export type OAuthMode = 'password' | 'client_credentials_basic' | 'client_credentials_body';

/** A receiver route as the editor holds it: text fields, checked only on save. */
export interface RouteDraft {
  key: number;
  method: string;
  path: string;
  status: string;
  delay: string;
  body: string;
}

/** A round trip's result as the outgoing panel shows it. */
export interface RoundTripView {
  ok: boolean;
  delivery: DeliveryTraceView;
  notify?: NotifyOutcome;
  identifier?: { api_field: string; value: unknown };
}

/** What produced a result on screen and when: the admin must never mistake an old result for a new one. */
export interface RunStamp {
  /** ISO time the run finished. */
  at: string;
  /** The action and its inputs, in words ("Fire: Create User with Priya Raman"). */
  what: string;
  /** Counts runs of this result since the tab opened, so a replacement is visible even if identical. */
  run: number;
}

/** The results that carry a stamp. */
export type StampedResult = 'trace' | 'roundTrip' | 'notify';

/** The stamp for the next run of a result. */
export function nextStamp(previous: RunStamp | undefined, what: string): RunStamp {
  return { at: new Date().toISOString(), what, run: (previous?.run ?? 0) + 1 };
}

/** The batch on screen: running (progress only) or finished (with its result). */
export interface BatchView {
  runId: string;
  progress: BatchProgressView;
  result: BatchResultView | null;
  error?: string;
}

/** What the Test tab remembers while the admin moves between tabs (the host keeps everything else). */
export interface HarnessState {
  domainId: string | null;
  kind: WebhookKind;
  view: HarnessView;
  samples: SamplesState | null;
  trigger: string;
  sampleId: string;
  target: DeliveryTarget;
  oauthMode: OAuthMode;
  preview: PreviewView | null;
  trace: DeliveryTraceView | null;
  roundTrip: RoundTripView | null;
  notify: NotifyOutcome | null;
  stamps: Partial<Record<StampedResult, RunStamp>>;
  batch: BatchView | null;
  /** The receiver's routes as typed (null until first shown): kept here so a sub-tab switch loses nothing. */
  routes: RouteDraft[] | null;
}

/** Nothing chosen or run yet for a domain. */
export function initialHarness(domainId: string | null): HarnessState {
  return {
    domainId,
    kind: 'profile',
    view: 'outgoing',
    samples: null,
    trigger: '',
    sampleId: '',
    target: 'receiver',
    oauthMode: 'password',
    preview: null,
    trace: null,
    roundTrip: null,
    notify: null,
    stamps: {},
    batch: null,
    routes: null,
  };
}

/** The Test tab's state: it outlives switching tabs, and starts afresh for another domain. */
export function createHarnessSlice(set: SetState, get: GetState): HarnessSlice {
  return {
    harness: initialHarness(null),
    patchHarness: (patch) => set((s) => ({ harness: { ...s.harness, ...patch } })),
    harnessForDomain(id) {
      if (get().harness.domainId !== id) set({ harness: initialHarness(id) });
    },
    stampHarness(result, what) {
      const stamps = get().harness.stamps;
      return { ...stamps, [result]: nextStamp(stamps[result], what) };
    },
  };
}
