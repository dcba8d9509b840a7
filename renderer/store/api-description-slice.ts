import type { StoredDescription } from '../../shared/bridge/contract-openapi';
import type { DomainDraft } from '../../shared/model/draft';
import type { OperationBinding } from '../../shared/openapi/types';
import type { Problem } from '../../shared/validation/problem';
import type { ApiDescriptionSlice, SetState } from './types';

/** The description's checks of a draft, as Problems-list warnings. */
export type DescriptionCheck = (draft: DomainDraft) => Problem[];

/** The open domain's API description as the host keeps it; null until loaded or when there is none. */
export interface ApiDescriptionState {
  domainId: string | null;
  description: StoredDescription | null;
  binding: OperationBinding;
  /**
   * The checks against this description and binding, one function per import or binding, so every
   * component shares one validation. It comes with the description (from the API description panel's
   * code), so opening a draft does not load the description checks.
   */
  context: DescriptionCheck | null;
}

/**
 * The description is host data that changes only on import or binding; it lives outside `draft`, so
 * undo and autosave never touch it.
 */
export function createApiDescriptionSlice(set: SetState): ApiDescriptionSlice {
  return {
    apiDescription: { domainId: null, description: null, binding: {}, context: null },
    setApiDescription: (domainId, description, binding, check) =>
      set({ apiDescription: { domainId, description, binding, context: description ? check : null } }),
  };
}
