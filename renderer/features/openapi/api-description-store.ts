import { create } from 'zustand';
import type { StoredDescription } from '../../../shared/bridge/contract-openapi';
import type { ApiIndex, OperationBinding } from '../../../shared/openapi/types';

/** The open domain's API description as the host keeps it; null until loaded or when there is none. */
export interface ApiDescriptionState {
  domainId: string | null;
  description: StoredDescription | null;
  binding: OperationBinding;
  /** The check input, one object per import or binding, so every component shares one validation. */
  context: { index: ApiIndex; binding: OperationBinding } | null;
  set(domainId: string, description: StoredDescription | null, binding: OperationBinding): void;
}

/**
 * A small store of its own, beside the app store: the description is host data that changes only on
 * import or binding, and keeping it apart leaves the draft slices (and undo) untouched.
 */
export const useApiDescription = create<ApiDescriptionState>((set) => ({
  domainId: null,
  description: null,
  binding: {},
  context: null,
  set: (domainId, description, binding) =>
    set({
      domainId,
      description,
      binding,
      context: description ? { index: description.index, binding } : null,
    }),
}));
