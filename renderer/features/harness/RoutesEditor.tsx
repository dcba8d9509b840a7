import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReceiverStatusView, RouteView } from '../../../shared/bridge/harness-schemas';
import { Button } from '../../components/Button';
import { useApp, useAppShallow, useAppStore } from '../../store/store-context';
import { ErrorNote } from './Notes';
import { fromDraft, suggestedRoute, toDraft, type RouteDraft } from './route-draft';
import { RouteRow } from './RouteRow';
import { RoutesFileButtons } from './RoutesFileButtons';
import { useHarness, useHarnessActions } from './useHarness';
import { useTask } from './useTask';

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}

/** How long typing pauses before the routes are checked and sent to the receiver. */
const SAVE_AFTER_MS = 400;

type SaveState = 'idle' | 'saving' | 'saved';

/** The receiver's scripted answers; autosaved once they check out, kept as typed until they do. */
export function RoutesEditor({
  status,
  onSaved,
}: {
  status: ReceiverStatusView;
  onSaved(s: ReceiverStatusView): void;
}) {
  const kind = useHarness((s) => s.kind);
  const store = useAppStore();
  const actions = useHarnessActions();
  const postUrl = useApp((s) => s.draft?.config[kind].outgoing.post_url ?? '');
  const responseRows = useAppShallow((s) => s.draft?.config[kind].outgoing.response_parameters ?? []);
  const stored = useHarness((s) => s.routes);
  const [fromHost] = useState<RouteDraft[]>(() => status.routes.map(toDraft));
  const routes = stored ?? fromHost;
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [invalid, setInvalid] = useState<string | null>(null);
  const task = useTask();
  const pending = useRef<RouteDraft[] | null>(null);

  const save = useCallback(
    async (list: RouteDraft[]) => {
      const parsed = list.map(fromDraft);
      const bad = parsed.findIndex((p) => 'error' in p);
      const problem = bad >= 0 ? (parsed[bad] as { error: string }).error : null;
      setInvalid(
        problem ? `Route ${bad + 1}: ${problem} The routes are kept here, not used until fixed.` : null,
      );
      if (problem) return;
      pending.current = null;
      setSaveState('saving');
      const ok = parsed.map((p) => (p as { route: RouteView }).route);
      const next = await task.run('save', () => actions.saveRoutes(ok));
      setSaveState(next ? 'saved' : 'idle');
      if (next) onSaved(next);
    },
    [onSaved, task, actions],
  );

  // The latest save, so the pause timer and the unmount flush never use a stale one.
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  useEffect(() => {
    if (!pending.current) return;
    const timer = setTimeout(() => pending.current && void saveRef.current(pending.current), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [routes]);
  // Leaving the sub-tab mid-pause still saves what was typed.
  useEffect(() => () => void (pending.current && saveRef.current(pending.current)), []);

  const change = (next: RouteDraft[]) => {
    pending.current = next;
    setSaveState('idle');
    store.getState().patchHarness({ routes: next });
  };

  return (
    <section className="card" aria-labelledby="routes-heading">
      <h2 id="routes-heading">Scripted responses</h2>
      <p className="section-description">
        Per route, what the receiver answers. In the body, <code>{'{{field}}'}</code> is filled from the
        request body (dotted paths work), and <code>{'{{$id}}'}</code>, <code>{'{{$uuid}}'}</code>,{' '}
        <code>{'{{$now}}'}</code> from the request. Without a route for the path, the receiver answers that it
        has none.
      </p>
      {routes.length > 0 && (
        <ol className="route-list">
          {routes.map((r, i) => (
            <RouteRow
              key={r.key}
              n={i + 1}
              route={r}
              onChange={(next) => change(routes.map((x) => (x.key === r.key ? next : x)))}
              onRemove={() => change(routes.filter((x) => x.key !== r.key))}
            />
          ))}
        </ol>
      )}
      <div className="form-actions">
        <Button onClick={() => change([...routes, suggestedRoute(pathOf(postUrl), [])])}>Add route</Button>
        <Button
          onClick={() => change([...routes, suggestedRoute(pathOf(postUrl), responseRows)])}
          disabled={responseRows.length === 0}
          title="A route for the Post to URL's path that answers every response parameter"
        >
          Add route answering the response parameters
        </Button>
        <RoutesFileButtons routes={routes} onImport={change} onProblem={setInvalid} />
        <span role="status" className="muted">
          {saveState === 'saved' ? 'Routes saved.' : saveState === 'saving' ? 'Saving routes…' : ''}
        </span>
      </div>
      <ErrorNote message={invalid ?? task.error} />
    </section>
  );
}
