import type { StoredDescription } from '../../../shared/bridge/contract-openapi';
import { checkDraftAgainstDescription, findingsAsProblems } from '../../../shared/openapi/check-draft';
import type { OperationBinding } from '../../../shared/openapi/types';
import type { DescriptionCheck } from '../../store/api-description-slice';

/** The checks of a draft against a stored description and the operations chosen by hand. */
export function descriptionCheck(
  description: StoredDescription | null,
  binding: OperationBinding,
): DescriptionCheck | null {
  if (!description) return null;
  return (draft) => findingsAsProblems(checkDraftAgainstDescription(draft, description.index, binding));
}
