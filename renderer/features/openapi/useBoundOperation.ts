import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { boundOperation } from '../../../shared/openapi/bind';
import type { ApiOperation } from '../../../shared/openapi/types';
import { useApp } from '../../store/store-context';
import { useApiDescription } from './useApiDescription';

/** The operation a webhook's Post to URL hits in the open domain's description (or the one chosen). */
export function useBoundOperation(kind: WebhookKind): { operation: ApiOperation; automatic: boolean } | null {
  const draft = useApp((s) => s.draft);
  const owner = useApiDescription((s) => s.domainId);
  const description = useApiDescription((s) => s.description);
  const chosen = useApiDescription((s) => s.binding[kind]);
  if (!draft || !description || owner !== draft.id) return null;
  return boundOperation(description.index, draft.config[kind].outgoing.post_url, chosen);
}
