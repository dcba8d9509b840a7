import type { ApiDescriptionState } from '../../store/api-description-slice';
import { useApp } from '../../store/store-context';

/** Subscribes to one piece of the open domain's API description. */
export function useApiDescription<T>(select: (state: ApiDescriptionState) => T): T {
  return useApp((s) => select(s.apiDescription));
}
