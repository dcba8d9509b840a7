import { useEffect } from 'react';
import { useAppStore } from '../../store/store-context';

/**
 * Never lose work: save at once when the window loses focus or is hidden, and ask before closing while a
 * change is not on disk yet.
 */
export function useSaveOnLeave(): void {
  const store = useAppStore();
  useEffect(() => {
    const flush = () => void store.getState().flushSaves();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!store.autosave.isDirty()) return;
      flush();
      event.preventDefault();
    };
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store]);
}
