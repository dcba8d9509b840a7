import { useMemo } from 'react';
import { publishActions, type PublishActions } from '../../store/publish-actions';
import { initialPublish, type PublishState } from '../../store/publish-slice';
import { useApp, useAppStore } from '../../store/store-context';

const EMPTY = initialPublish(null);

/** One piece of the open domain's Publish state (nothing yet when it belongs to another domain). */
export function usePublishState<T>(select: (state: PublishState) => T): T {
  return useApp((s) => select(s.publish.domainId === (s.draft?.id ?? null) ? s.publish : EMPTY));
}

/** The Publish tab's host steps, bound to this store. */
export function usePublishActions(): PublishActions {
  const store = useAppStore();
  return useMemo(() => publishActions(store), [store]);
}
