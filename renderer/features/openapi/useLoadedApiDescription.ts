import { useEffect } from 'react';
import { afterNextPaint } from '../../components/after-paint';
import { loadApiDescription } from '../../store/openapi-actions';
import { useAppStore } from '../../store/store-context';
import { showDescription } from './description-loader';
import { useApiDescription } from './useApiDescription';

/**
 * Loads the open domain's API description into the store once per domain, from whichever panel shows
 * first (the editor, the harness), once that panel has been painted; opening it also starts the host's
 * description worker.
 */
export function useLoadedApiDescription(domainId: string | null): void {
  const store = useAppStore();
  const owner = useApiDescription((s) => s.domainId);
  useEffect(() => {
    if (!domainId || owner === domainId) return;
    // After the paint: a request costs the page's main thread a few milliseconds before it leaves, and
    // the draft just opened (a 1,000-row one on a reload) paints first.
    return afterNextPaint(() =>
      loadApiDescription(domainId).then(
        (state) => showDescription(store, domainId, state),
        () => store.getState().setApiDescription(domainId, null, {}, null),
      ),
    );
  }, [domainId, owner, store]);
}
