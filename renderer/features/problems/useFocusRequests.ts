import { useEffect } from 'react';
import { useApp } from '../../store/store-context';
import { focusSoon } from './focus';
import { targetIdOf } from './targets';

/**
 * Carries out jumps from the problems list: once the tab has switched and the table has scrolled the row
 * into its window, focus the exact control.
 */
export function useFocusRequests(): void {
  const request = useApp((s) => s.focusRequest);
  useEffect(() => {
    if (request) focusSoon(targetIdOf(request.at));
  }, [request]);
}
