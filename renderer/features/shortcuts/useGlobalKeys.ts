import { useEffect } from 'react';
import { useAppStore } from '../../store/store-context';

/** Whether a key event is typing into a field, where "?" and Esc belong to the field. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** "?" opens the shortcut list; Esc closes the Problems panel when no dialog is open. */
export function useGlobalKeys(): void {
  const store = useAppStore();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      // Every other key (a character typed into a field) leaves at once, before any look-up in the page.
      if (event.key !== '?' && event.key !== 'Escape') return;
      const inDialog = event.target instanceof Element && event.target.closest('[role="dialog"]');
      if (event.key === '?' && !typing(event.target) && !inDialog) {
        event.preventDefault();
        store.getState().setShortcutsOpen(true);
      } else if (event.key === 'Escape' && !inDialog && store.getState().problemsOpen) {
        store.getState().setProblemsOpen(false);
        document.querySelector<HTMLElement>('[aria-controls="problems-panel"]')?.focus();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
