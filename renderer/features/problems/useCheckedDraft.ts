import type { DomainDraft } from '../../../shared/model/draft';
import { useStoreAfterPaint, type AfterPaintOptions } from '../../store/store-after-paint';
import { useAppStore } from '../../store/store-context';
import type { AppState } from '../../store/types';
import { wasChecked } from './problem-index';

const draftOf = (s: AppState) => s.draft;
const FOLLOW: AfterPaintOptions<DomainDraft | null> = {
  transition: true,
  // A draft already checked (by another caller) shows its problems from the first render.
  initial: (draft) => (draft && wasChecked(draft) ? draft : null),
};

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
  return useStoreAfterPaint(useAppStore(), draftOf, FOLLOW);
}
