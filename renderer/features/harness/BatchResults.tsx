import type { BatchResultView } from '../../../shared/bridge/harness-schemas';
import { DataTableHead } from '../../components/DataTableHead';
import { eventLabel, formatMs } from './format';

const EXPECTATIONS: Record<string, string> = {
  status_2xx: '2xx answer',
  write_back_fields: 'write-back fields present',
  identifier_matched: 'identifier matched',
};

/** One row per delivery: what ran, how it ended, and which expectation failed and why. */
export function BatchResults({ result }: { result: BatchResultView }) {
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label="Batch results">
        <DataTableHead columns={['Sample', 'Event', 'Outcome', 'HTTP', 'Time', 'Why']} />
        <tbody>
          {result.results.map((r) => {
            const failed = r.expectations.filter((e) => !e.ok);
            return (
              <tr key={r.index} className={r.outcome === 'failed' ? 'row-danger' : undefined}>
                <th scope="row">{r.sampleLabel}</th>
                <td>{eventLabel(r.event ?? r.trigger)}</td>
                <td>
                  <span className={`badge outcome-badge-${r.outcome}`}>{r.outcome}</span>
                </td>
                <td>{r.status ?? '—'}</td>
                <td>{formatMs(r.ms)}</td>
                <td>
                  {failed.length === 0 ? (
                    <span className="muted">all expectations met</span>
                  ) : (
                    <ul className="plain-list">
                      {failed.map((e) => (
                        <li key={e.name}>
                          <strong>{EXPECTATIONS[e.name] ?? e.name}:</strong> {e.message}
                        </li>
                      ))}
                    </ul>
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
