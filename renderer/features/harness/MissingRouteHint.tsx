import { useEffect, useState } from 'react';
import type { DeliveryTraceView, RouteView } from '../../../shared/bridge/harness-schemas';
import { Button } from '../../components/Button';
import { useAppShallow, useAppStore } from '../../store/store-context';
import { ErrorNote } from './Notes';
import { fromDraft, suggestedRoute } from './route-draft';
import { useHarness, useHarnessActions } from './useHarness';
import { useTask } from './useTask';

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

function answers(routes: readonly RouteView[], path: string): boolean {
  return routes.some((r) => r.path === path && (r.method === '*' || r.method.toUpperCase() === 'POST'));
}

/**
 * A delivery to the local receiver that found no route got the receiver's default answer, which holds none
 * of the response parameters; the host names that failure `no_route`. This offers the fix right here: a
 * route for this path answering every response parameter.
 */
export function MissingRouteHint({ trace }: { trace: DeliveryTraceView }) {
  const kind = useHarness((s) => s.kind);
  const store = useAppStore();
  const actions = useHarnessActions();
  const responseRows = useAppShallow((s) => s.draft?.config[kind].outgoing.response_parameters ?? []);
  const [routes, setRoutes] = useState<RouteView[] | null>(null);
  const [added, setAdded] = useState(false);
  const task = useTask();
  const path = pathOf(trace.url);
  const noRoute = trace.failure?.kind === 'no_route' && path !== null;

  useEffect(() => {
    if (!noRoute) return;
    let live = true;
    actions
      .receiverStatus()
      // Only a delivery that went to this receiver got its default answer.
      .then((s) => live && s.url !== null && trace.url.startsWith(s.url) && setRoutes(s.routes))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [noRoute, trace, actions]);

  if (!noRoute || !routes || (answers(routes, path) && !added)) return null;
  if (added) return <p className="muted">Route added for {path}. Fire again to see its answer.</p>;

  const add = () =>
    task.run('add-route', async () => {
      const draft = suggestedRoute(path, responseRows);
      const parsed = fromDraft(draft);
      if ('error' in parsed) throw new Error(parsed.error);
      const status = await actions.saveRoutes([...routes, parsed.route]);
      setRoutes(status.routes);
      // The routes editor shows what was typed there; keep that and add the new route to it.
      const typed = store.getState().harness.routes;
      if (typed) store.getState().patchHarness({ routes: [...typed, draft] });
      setAdded(true);
    });

  return (
    <div className="missing-route" role="note">
      <p>
        <strong>The local receiver has no route for POST {path}</strong>. Add one that answers every response
        parameter, then fire again. A route for this path is missing, not the mapping.
      </p>
      <Button onClick={() => void add()} disabled={responseRows.length === 0 || task.busy !== null}>
        Add route answering the response parameters
      </Button>
      <ErrorNote message={task.error} />
    </div>
  );
}
