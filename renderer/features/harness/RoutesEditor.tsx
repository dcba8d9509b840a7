import { useState } from 'react';
import type { ReceiverStatusView } from '../../../shared/bridge/harness-schemas';
import { call } from '../../bridge';
import { Button, IconButton } from '../../components/Button';
import { useApp, useAppShallow } from '../../store/store-context';
import { useHarness } from './harness-store';
import { ErrorNote } from './Notes';
import { fromDraft, suggestedRoute, toDraft, type RouteDraft } from './route-draft';
import { useTask } from './useTask';

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}

/** One route: method, path, status, delay and a JSON body template with {{field}} placeholders. */
function RouteRow({
  n,
  route,
  onChange,
  onRemove,
}: {
  n: number;
  route: RouteDraft;
  onChange(route: RouteDraft): void;
  onRemove(): void;
}) {
  const id = (f: string) => `route-${route.key}-${f}`;
  const set = (patch: Partial<RouteDraft>) => onChange({ ...route, ...patch });
  return (
    <li className="route-row">
      <div className="route-fields">
        <div className="form-field">
          <label htmlFor={id('method')}>
            Method<span className="visually-hidden">, route {n}</span>
          </label>
          <select
            id={id('method')}
            className="input"
            value={route.method}
            onChange={(e) => set({ method: e.target.value })}
          >
            {['POST', 'PUT', 'PATCH', 'GET', '*'].map((m) => (
              <option key={m} value={m}>
                {m === '*' ? 'any' : m}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field route-path">
          <label htmlFor={id('path')}>
            Path<span className="visually-hidden">, route {n}</span>
          </label>
          <input
            id={id('path')}
            className="input"
            value={route.path}
            onChange={(e) => set({ path: e.target.value })}
            spellCheck={false}
          />
        </div>
        <div className="form-field">
          <label htmlFor={id('status')}>
            Status<span className="visually-hidden">, route {n}</span>
          </label>
          <input
            id={id('status')}
            className="input"
            inputMode="numeric"
            value={route.status}
            onChange={(e) => set({ status: e.target.value })}
          />
        </div>
        <div className="form-field">
          <label htmlFor={id('delay')}>
            Delay (ms)<span className="visually-hidden">, route {n}</span>
          </label>
          <input
            id={id('delay')}
            className="input"
            inputMode="numeric"
            value={route.delay}
            onChange={(e) => set({ delay: e.target.value })}
          />
        </div>
        <IconButton icon="trash" label={`Remove route ${n}`} className="btn-remove" onClick={onRemove} />
      </div>
      <div className="form-field">
        <label htmlFor={id('body')}>
          Body template<span className="visually-hidden">, route {n}</span>
        </label>
        <textarea
          id={id('body')}
          className="input code-input"
          rows={4}
          value={route.body}
          spellCheck={false}
          onChange={(e) => set({ body: e.target.value })}
        />
      </div>
    </li>
  );
}

/** The receiver's scripted answers; saved together, checked before they are sent to the host. */
export function RoutesEditor({
  status,
  onSaved,
}: {
  status: ReceiverStatusView;
  onSaved(s: ReceiverStatusView): void;
}) {
  const kind = useHarness((s) => s.kind);
  const postUrl = useApp((s) => s.draft?.config[kind].outgoing.post_url ?? '');
  const responseRows = useAppShallow((s) => s.draft?.config[kind].outgoing.response_parameters ?? []);
  const [routes, setRoutes] = useState<RouteDraft[]>(() => status.routes.map(toDraft));
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);
  const task = useTask();
  const change = (next: RouteDraft[]) => {
    setRoutes(next);
    setSaved(false);
  };

  async function save() {
    const parsed = routes.map(fromDraft);
    const bad = parsed.findIndex((p) => 'error' in p);
    setInvalid(bad >= 0 ? `Route ${bad + 1}: ${(parsed[bad] as { error: string }).error}` : null);
    if (bad >= 0) return;
    const ok = parsed.map((p) => (p as { route: (typeof status.routes)[number] }).route);
    const next = await task.run('save', () => call('harness:receiver-routes', { routes: ok }));
    if (next) {
      onSaved(next);
      setSaved(true);
    }
  }

  return (
    <section className="card" aria-labelledby="routes-heading">
      <h2 id="routes-heading">Scripted responses</h2>
      <p className="section-description">
        Per route, what the receiver answers. In the body, <code>{'{{field}}'}</code> is filled from the
        request body (dotted paths work), and <code>{'{{$id}}'}</code>, <code>{'{{$uuid}}'}</code>,{' '}
        <code>{'{{$now}}'}</code> from the request. Without a route, the receiver echoes the request.
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
          title="A route for the Post-to URL's path that answers every response parameter"
        >
          Add route answering the response parameters
        </Button>
        <Button variant="primary" onClick={() => void save()} disabled={task.busy !== null}>
          Save routes
        </Button>
        <span role="status" className="muted">
          {saved ? 'Routes saved.' : ''}
        </span>
      </div>
      <ErrorNote message={invalid ?? task.error} />
    </section>
  );
}
