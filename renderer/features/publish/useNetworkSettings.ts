import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput } from '../../../shared/bridge/contract';
import type { NetworkSettingsView } from '../../../shared/bridge/contract-network';
import { BridgeCallError, errorMessage } from '../../bridge';
import { loadNetworkSettings, saveNetworkSettings } from '../../store/network-actions';

/** A failed save: the message, and the field it belongs to when the host named one. */
export interface NetworkError {
  field: string | null;
  message: string;
}

/** The proxy and CA settings from the host, with a save that reports what is wrong and where. */
export function useNetworkSettings(open: boolean) {
  const [view, setView] = useState<NetworkSettingsView | null>(null);
  const [error, setError] = useState<NetworkError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!open || view) return;
    let live = true;
    loadNetworkSettings().then(
      (v) => live && setView(v),
      (err: unknown) => live && setError({ field: null, message: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, [open, view]);

  const save = useCallback(async (input: ChannelInput<'network:set'>) => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      setView(await saveNetworkSettings(input));
      setSaved(true);
      return true;
    } catch (err) {
      const field = err instanceof BridgeCallError ? (err.details?.[0]?.path ?? null) : null;
      setError({ field, message: errorMessage(err) });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { view, error, busy, saved, save };
}
