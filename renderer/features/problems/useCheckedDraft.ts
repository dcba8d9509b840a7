import { startTransition, useEffect, useState } from 'react';
import type { DomainDraft } from '../../../shared/model/draft';
import { afterNextPaint } from '../../components/after-paint';
import { useAppStore } from '../../store/store-context';
import { wasChecked } from './problem-index';

/**
 * The draft to check for problems, following the store in a transition that starts once the change has
 * been painted: a keystroke commits and paints without re-rendering the components that only show
 * problems (header fields, badge, panels and the tables not typed in), and without the check or their
 * render getting in before that frame; they catch up in a render of their own in the task right after
 * it, so the problems show one frame after the character. Keys typed within one frame are caught up
 * once. A draft not checked yet (a reload, a switch to another domain) is checked the same way, right
 * after its first paint, so opening a 1,000-row draft paints its rows without waiting for the check.
 */
export function useCheckedDraft(): DomainDraft | null {
  const store = useAppStore();
  const [draft, setDraft] = useState(() => {
    const current = store.getState().draft;
    return current && wasChecked(current) ? current : null;
  });
  useEffect(() => {
    let drop = () => undefined as void;
    // The draft is read when the job runs, so a burst of edits is caught up once, at its latest.
    const follow = () => {
      drop();
      drop = afterNextPaint(() => startTransition(() => setDraft(store.getState().draft)));
    };
    // A change between this component's render and this effect is taken up too.
    follow();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.draft !== previous.draft) follow();
    });
    return () => {
      unsubscribe();
      drop();
    };
  }, [store]);
  return draft;
}
