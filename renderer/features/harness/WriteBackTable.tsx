import type { WriteBackEntryView } from '../../../shared/bridge/harness-schemas';
import { DataTableHead } from '../../components/DataTableHead';
import { shown } from './format';

function Flags({ flags }: { flags: WriteBackEntryView['flags'] }) {
  const list = [
    flags.missing && { tone: 'danger', text: 'missing in the answer' },
    flags.blanks && { tone: 'danger', text: 'blanks a value' },
    flags.overwritesSent && { tone: 'warning', text: 'overwrites a field the request sends' },
    flags.unchanged && { tone: 'info', text: 'unchanged' },
  ].filter((f): f is { tone: string; text: string } => Boolean(f));
  if (list.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="flag-list">
      {list.map((f) => (
        <li key={f.text} className={`badge flag-${f.tone}`}>
          {f.text}
        </li>
      ))}
    </ul>
  );
}

/** For each response parameter: the profile field, its current value → the new one, and what to watch. */
export function WriteBackTable({ entries, noun }: { entries: readonly WriteBackEntryView[]; noun: string }) {
  if (entries.length === 0) {
    return <p className="muted">No response parameters: nothing is written back.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label="Write-back preview">
        <DataTableHead columns={['Response field', `${noun} field`, 'Current → new', 'Flags']} />
        <tbody>
          {entries.map((e) => (
            <tr key={e.rowId} className={e.flags.missing || e.flags.blanks ? 'row-danger' : undefined}>
              <th scope="row">
                <code>{e.api_field}</code>
              </th>
              <td>
                {e.label} <code className="muted">{e.key}</code>
              </td>
              <td>
                {e.flags.missing || e.flags.unchanged ? (
                  <>
                    <span className="value-after">{shown(e.current)}</span>{' '}
                    <span className="muted">{e.flags.missing ? '(not written)' : '(unchanged)'}</span>
                  </>
                ) : (
                  <>
                    <span className="value-before">{shown(e.current)}</span> →{' '}
                    <span className="value-after">{shown(e.next)}</span>
                  </>
                )}
              </td>
              <td>
                <Flags flags={e.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
