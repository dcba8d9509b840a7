import type { DomainDraft } from '../../shared/model/draft';
import type { DraftSlice, EditOptions, GetState, SetState } from './types';

/** What the draft slice needs besides set/get: the undo grouping and zundo's undo/redo. */
export interface DraftDeps {
  beginEdit(options: EditOptions | undefined): void;
  endEdit(): void;
  undo(): void;
  redo(): void;
}

/** The draft on screen and the one way to change it, so every change is undoable and autosaved. */
export function createDraftSlice(set: SetState, get: GetState, deps: DraftDeps): DraftSlice {
  return {
    draft: null,
    draftLoading: false,
    draftError: null,
    edit(recipe: (draft: DomainDraft) => DomainDraft, options?: EditOptions) {
      const current = get().draft;
      if (!current) return;
      const next = recipe(current);
      if (next === current) return;
      deps.beginEdit(options);
      try {
        set({ draft: next });
      } finally {
        deps.endEdit();
      }
    },
    undo: () => deps.undo(),
    redo: () => deps.redo(),
  };
}
