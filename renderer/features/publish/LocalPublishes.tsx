import type { RemoteState } from '../../../shared/model/remote';
import type { HistoryEntry } from '../../../shared/plan/outcome';
import { DataTableHead } from '../../components/DataTableHead';
import { kindTitle, when } from './format';
import { RollBackButton, VersionNumber } from './version-cells';

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
        <DataTableHead columns={['Webhook', 'Version', 'Published', 'By', 'Note']} last="Actions" />
        <tbody>
          {history.map((entry) => {
            const current = remote?.[entry.kind]?.version === entry.version;
            return (
              <tr key={entry.id}>
                <th scope="row">{kindTitle(entry.kind)}</th>
                <td>
                  <VersionNumber version={entry.version} current={current} />
                </td>
                <td>{when(entry.published_at)}</td>
                <td>{entry.published_by}</td>
                <td>{[entry.message, entry.note].filter(Boolean).join(' — ')}</td>
                <td>
                  {!current && (
                    <RollBackButton
                      name={`${kindTitle(entry.kind)} version ${entry.version}`}
                      busy={busy}
                      onClick={() => onRollBack(entry)}
                    />
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
