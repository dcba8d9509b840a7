import type { StoredDescription } from '../../shared/bridge/contract-openapi';
import type { ApiIndex, OperationBinding } from '../../shared/openapi/types';
import type { ApiDescriptionSlice, SetState } from './types';

/** The open domain's API description as the host keeps it; null until loaded or when there is none. */
export interface ApiDescriptionState {
  domainId: string | null;
  description: StoredDescription | null;
  binding: OperationBinding;
  /** The check input, one object per import or binding, so every component shares one validation. */
  context: { index: ApiIndex; binding: OperationBinding } | null;
}

/**
 * The description is host data that changes only on import or binding; it lives outside `draft`, so
 * undo and autosave never touch it.
 */
export function createApiDescriptionSlice(set: SetState): ApiDescriptionSlice {
  return {
    apiDescription: { domainId: null, description: null, binding: {}, context: null },
    setApiDescription: (domainId, description, binding) =>
      set({
        apiDescription: {
          domainId,
          description,
          binding,
          context: description ? { index: description.index, binding } : null,
        },
      }),
  };
}
