import { startTransition, useEffect, useState } from 'react';
import type { DomainDraft } from '../../../shared/model/draft';
import { useAppStore } from '../../store/store-context';
import { wasChecked } from './problem-index';

/**
 * The draft to check for problems, following the store in a transition: a keystroke commits and paints
 * without re-rendering the components that only show problems (header fields, badge, panels and the
 * tables not typed in); they catch up in a render of their own right after. A draft not checked yet (a
 * reload, a switch to another domain) is checked the same way, right after its first paint, so opening
 * a 1,000-row draft paints its rows without waiting for the whole draft to be checked.
 */
export function useCheckedDraft(): DomainDraft | null {
  const store = useAppStore();
  const [draft, setDraft] = useState(() => {
    const current = store.getState().draft;
    return current && wasChecked(current) ? current : null;
  });
  useEffect(() => {
    const follow = (next: DomainDraft | null) => startTransition(() => setDraft(next));
    // A change between this component's render and this effect is taken up at once.
    follow(store.getState().draft);
    return store.subscribe((state, previous) => {
      if (state.draft !== previous.draft) follow(state.draft);
    });
  }, [store]);
  return draft;
}
