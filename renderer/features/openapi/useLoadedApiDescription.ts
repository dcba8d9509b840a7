import { useEffect } from 'react';
import { call } from '../../bridge';
import { useApiDescription } from './api-description-store';

/**
 * Loads the open domain's API description into its store once per domain, from whichever panel shows
 * first (the editor, the harness); opening it also starts the host's description worker.
 */
export function useLoadedApiDescription(domainId: string | null): void {
  const owner = useApiDescription((s) => s.domainId);
  const set = useApiDescription((s) => s.set);
  useEffect(() => {
    if (!domainId || owner === domainId) return;
    call('openapi:get', { domain_id: domainId }).then(
      (state) => set(domainId, state.description, state.binding),
      () => set(domainId, null, {}),
    );
  }, [domainId, owner, set]);
}
