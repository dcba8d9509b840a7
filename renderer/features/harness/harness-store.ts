import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  BatchProgressView,
  BatchResultView,
  DeliveryTraceView,
  NotifyOutcome,
  PreviewView,
  SamplesState,
} from '../../../shared/bridge/harness-schemas';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { useAppStore } from '../../store/store-context';
import type { RouteDraft } from './route-draft';

/** The Test tab's sections. */
export type HarnessView = 'outgoing' | 'receiver' | 'incoming' | 'batch' | 'samples' | 'history';
/** Where a delivery goes. */
export type DeliveryTarget = 'post_url' | 'receiver';
/** How the token request sends the Security page's username and password. */
export type OAuthMode = 'password' | 'client_credentials_basic' | 'client_credentials_body';

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
  patch(patch: Partial<Omit<HarnessState, 'patch' | 'forDomain'>>): void;
  /** Starts afresh when another domain is on screen. */
  forDomain(id: string): void;
}

const initial = {
  domainId: null,
  kind: 'profile' as const,
  view: 'outgoing' as const,
  samples: null,
  trigger: '',
  sampleId: '',
  target: 'receiver' as const,
  oauthMode: 'password' as const,
  preview: null,
  trace: null,
  roundTrip: null,
  notify: null,
  stamps: {},
  batch: null,
  routes: null,
};

function createHarnessStore(): StoreApi<HarnessState> {
  return createStore<HarnessState>()((set, get) => ({
    ...initial,
    patch: (patch) => set(patch),
    forDomain(id) {
      if (get().domainId !== id) set({ ...initial, domainId: id });
    },
  }));
}

// One Test-tab state per app store, so it outlives switching tabs but not the app (or a test).
const stores = new WeakMap<object, StoreApi<HarnessState>>();

/** The Test tab's store for this app. */
export function useHarnessStore(): StoreApi<HarnessState> {
  const app = useAppStore();
  let store = stores.get(app);
  if (!store) {
    store = createHarnessStore();
    stores.set(app, store);
  }
  return store;
}

/** Subscribes to one piece of the Test tab's state. */
export function useHarness<T>(selector: (state: HarnessState) => T): T {
  return useStore(useHarnessStore(), selector);
}
