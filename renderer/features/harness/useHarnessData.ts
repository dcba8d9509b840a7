import { useCallback, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Sample } from '../../../shared/samples';
import { useApp, useAppStore } from '../../store/store-context';
import { triggerOptions } from './format';
import { useHarness, useHarnessActions } from './useHarness';

/** Loads the domain's samples (and their identifier check) from the host; returns a reload function. */
export function useSamplesLoader(): () => Promise<void> {
  const store = useAppStore();
  const actions = useHarnessActions();
  const domainId = useApp((s) => s.draft?.id ?? '');
  const reload = useCallback(async () => {
    if (domainId) await actions.loadSamples(domainId);
  }, [domainId, actions]);
  useEffect(() => {
    store.getState().harnessForDomain(domainId);
    reload().catch(() => undefined);
  }, [domainId, reload, store]);
  return reload;
}

/** The samples of the kind on screen. */
export function useKindSamples(): Sample[] {
  return useHarness(useShallow((s) => (s.samples?.samples ?? []).filter((sample) => sample.kind === s.kind)));
}

/** The trigger and sample to use: the admin's choice when it fits the kind, else a sensible default. */
export function useDeliveryChoice() {
  const kind = useHarness((s) => s.kind);
  const enabled = useApp(useShallow((s) => s.draft?.config[kind].outgoing.triggers ?? []));
  const samples = useKindSamples();
  const chosen = useHarness(
    useShallow((s) => ({
      trigger: s.trigger,
      sampleId: s.sampleId,
      target: s.target,
      oauthMode: s.oauthMode,
    })),
  );
  const options = triggerOptions(kind);
  const trigger = options.some((o) => o.id === chosen.trigger)
    ? chosen.trigger
    : ((options.find((o) => enabled.includes(o.id)) ?? options[0])?.id ?? '');
  const sampleId = samples.some((s) => s.id === chosen.sampleId) ? chosen.sampleId : (samples[0]?.id ?? '');
  return { kind, trigger, sampleId, target: chosen.target, oauthMode: chosen.oauthMode, enabled, samples };
}
