import { useEffect } from 'react';
import { useApp } from '../../store/store-context';
import { focusSoon } from './focus';
import { spotKey } from './problem-index';
import { targetIdOf } from './targets';

/**
 * Carries out jumps from the problems list: once the tab has switched and the table has scrolled the row
 * into its window, focus the exact control — and show its message there, as if the admin had visited it.
 */
export function useFocusRequests(): void {
  const request = useApp((s) => s.focusRequest);
  const touch = useApp((s) => s.touchSpot);
  useEffect(() => {
    if (!request) return;
    touch(spotKey(request.at));
    focusSoon(targetIdOf(request.at));
  }, [request, touch]);
}
