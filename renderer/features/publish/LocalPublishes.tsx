import type { RemoteState } from '../../../shared/model/remote';
import type { HistoryEntry } from '../../../shared/plan/outcome';
import { Button } from '../../components/Button';
import { kindTitle, when } from './format';

/**
 * The publishes made from this computer, kept locally with the exact configuration sent: what History can
 * still show and roll back to when the domain's own version list cannot be read.
 */
export function LocalPublishes({
  history,
  remote,
  busy,
  onRollBack,
}: {
  history: readonly HistoryEntry[];
  remote: RemoteState | null;
  busy: boolean;
  onRollBack(entry: HistoryEntry): void;
}) {
  if (history.length === 0) return <p className="muted">Nothing has been published from here yet.</p>;
  return (
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
                  <span className="history-version">
                    {entry.version}
                    {current && (
                      <>
                        {' '}
                        <span className="badge">current base</span>
                      </>
                    )}
                  </span>
                </td>
                <td>{when(entry.published_at)}</td>
                <td>{entry.published_by}</td>
                <td>{[entry.message, entry.note].filter(Boolean).join(' — ')}</td>
                <td>
                  {!current && (
                    <Button
                      className="btn-small"
                      disabled={busy}
                      aria-label={`Roll back to this version: ${kindTitle(entry.kind)} version ${entry.version}`}
                      onClick={() => onRollBack(entry)}
                    >
                      Roll back to this version
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
