import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { boundOperation } from '../../../shared/openapi/bind';
import type { ApiOperation } from '../../../shared/openapi/types';
import { useApp } from '../../store/store-context';
import { useApiDescription } from './useApiDescription';

/** The operation a webhook's Post to URL hits in the open domain's description (or the one chosen). */
export function useBoundOperation(kind: WebhookKind): { operation: ApiOperation; automatic: boolean } | null {
  // The draft's id and Post to URL only, so typing in a mapping row does not re-render every caller.
  const draftId = useApp((s) => s.draft?.id ?? null);
  const postUrl = useApp((s) => s.draft?.config[kind].outgoing.post_url ?? '');
  const owner = useApiDescription((s) => s.domainId);
  const description = useApiDescription((s) => s.description);
  const chosen = useApiDescription((s) => s.binding[kind]);
  if (!draftId || !description || owner !== draftId) return null;
  return boundOperation(description.index, postUrl, chosen);
}
