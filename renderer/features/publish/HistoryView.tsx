import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { kindTitle, when } from './format';
import { TaskError } from './TaskError';
import { usePublishActions, usePublishState } from './usePublish';

const HISTORY_TASKS = ['history', 'restore'] as const;

/** Every publish made from this computer, newest first; any of them can be rolled back to through a plan. */
export function HistoryView() {
  const history = usePublishState((p) => p.history);
  const busy = usePublishState((p) => p.busy);
  const remote = useApp((s) => s.draft?.remote ?? null);
  const actions = usePublishActions();

  useEffect(() => {
    if (history === null) void actions.loadHistory();
  }, [history, actions]);

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading" tabIndex={-1}>
        Publish history
      </h2>
      <p className="section-description">
        Each publish from this computer, with the exact configuration sent (without secrets). Rolling back
        puts that configuration into the draft and shows the plan; nothing changes on the domain until you
        publish.
      </p>
      <div className="form-actions">
        <Button onClick={() => void actions.loadHistory()} disabled={busy !== null}>
          {busy === 'history' ? 'Loading…' : 'Refresh'}
        </Button>
      </div>
      <TaskError tasks={HISTORY_TASKS} />
      {history && history.length === 0 && <p className="muted">Nothing has been published from here yet.</p>}
      {history && history.length > 0 && (
        <div className="table-scroll">
          <table className="data-table history-table">
            <caption className="visually-hidden">Publishes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Webhook</th>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">By</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => {
                const current = remote?.[entry.kind]?.version === entry.version;
                return (
                  <tr key={entry.id}>
                    <th scope="row">{kindTitle(entry.kind)}</th>
                    <td>
                      {entry.version}
                      {current && (
                        <>
                          {' '}
                          <span className="badge">current base</span>
                        </>
                      )}
                    </td>
                    <td>{when(entry.published_at)}</td>
                    <td>{entry.published_by}</td>
                    <td>{[entry.message, entry.note].filter(Boolean).join(' — ')}</td>
                    <td>
                      <Button
                        className="btn-small"
                        disabled={busy !== null}
                        aria-label={`Roll back to this version: ${kindTitle(entry.kind)} version ${entry.version}`}
                        onClick={() => void actions.restore(entry)}
                      >
                        Roll back to this version
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
