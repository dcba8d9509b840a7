import { startTransition, useEffect, useState } from 'react';
import type { DomainDraft } from '../../../shared/model/draft';
import { afterPaint } from '../../components/after-paint';
import { useAppStore } from '../../store/store-context';
import { wasChecked } from './problem-index';

/**
 * The draft to check for problems, following the store in a transition: a keystroke commits and paints
 * without re-rendering the components that only show problems (header fields, badge, panels and the
 * tables not typed in); they catch up in a render of their own right after. A draft just opened and not
 * checked yet (a reload, a switch to another domain) is taken up only once its first render has been
 * painted: a transition started at once could still run before that paint and hold back a 1,000-row
 * draft's rows while the whole draft is checked.
 */
export function useCheckedDraft(): DomainDraft | null {
  const store = useAppStore();
  const [draft, setDraft] = useState(() => {
    const current = store.getState().draft;
    return current && wasChecked(current) ? current : null;
  });
  useEffect(() => {
    let cancelPending: (() => void) | undefined;
    const take = (next: DomainDraft | null) => startTransition(() => setDraft(next));
    const follow = (next: DomainDraft | null, previous: DomainDraft | null) => {
      cancelPending?.();
      if (next && next.id !== previous?.id && !wasChecked(next)) {
        cancelPending = afterPaint(() => take(store.getState().draft));
      } else take(next);
    };
    // A change between this component's render and this effect is taken up at once (or after the paint).
    follow(store.getState().draft, null);
    const unsubscribe = store.subscribe((state, before) => {
      if (state.draft !== before.draft) follow(state.draft, before.draft);
    });
    return () => {
      unsubscribe();
      cancelPending?.();
    };
  }, [store]);
  return draft;
}
