import { useEffect } from 'react';

/**
 * When the control that had focus disappeared with the content it belonged to (a view switch, a plan
 * replaced after a merge or a publish), keyboard and screen-reader users would start again from the top of
 * the page: move them to the heading of what replaced it instead. Focus that is still somewhere is left alone.
 */
export function useLandFocus(headingId: string, when: unknown): void {
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    document.getElementById(headingId)?.focus();
  }, [headingId, when]);
}
