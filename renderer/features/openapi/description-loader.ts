import type { StoredDescription } from '../../../shared/bridge/contract-openapi';
import type { OperationBinding } from '../../../shared/openapi/types';
import type { AppStore } from '../../store/create-store';

/**
 * The checks against a description, whose code loads with the first description rather than with the
 * editor (most drafts have none).
 */
export async function checkFor(description: StoredDescription | null, binding: OperationBinding) {
  if (!description) return null;
  const { descriptionCheck } = await import('./description-check');
  return descriptionCheck(description, binding);
}

/** Puts a domain's description and binding (as the host answered) in the store, with their checks. */
export async function showDescription(
  store: AppStore,
  domainId: string,
  state: { description: StoredDescription | null; binding: OperationBinding },
): Promise<void> {
  const check = await checkFor(state.description, state.binding);
  store.getState().setApiDescription(domainId, state.description, state.binding, check);
}
