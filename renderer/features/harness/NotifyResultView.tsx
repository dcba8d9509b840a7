import type { NotifyOutcome } from '../../../shared/bridge/harness-schemas';
import { DataTableHead } from '../../components/DataTableHead';
import { formatMs, shown } from './format';
import { Outcome } from './Notes';

const REASONS: Record<string, string> = {
  no_match: 'No record matches the identifier',
  invalid: 'The domain refused the payload',
  unknown_notify_url: 'The domain does not know this notify URL',
  needs_confirmation: 'Not sent: the domain was not confirmed',
};

/** The matched user (or location) and the fields that changed, or the reason nothing changed. */
export function NotifyResultView({ outcome }: { outcome: NotifyOutcome }) {
  const where = outcome.target === 'local' ? 'the local domain' : 'the domain';
  if (!outcome.ok || !outcome.matched) {
    return (
      <div>
        <Outcome ok={false}>
          <strong>{REASONS[outcome.reason ?? ''] ?? 'Nothing changed'}.</strong> {outcome.message}
          {outcome.status !== undefined && ` (HTTP ${outcome.status})`}
        </Outcome>
        {outcome.details && outcome.details.length > 0 && (
          <ul className="detail-list">
            {outcome.details.map((d) => (
              <li key={`${d.path}:${d.message}`}>
                <code>{d.path}</code>:{' '}
                {d.message.startsWith(`${d.path}: `) ? d.message.slice(d.path.length + 2) : d.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const m = outcome.matched;
  const changes = outcome.changes;
  return (
    <div>
      <Outcome ok>
        <strong>
          Matched {m.kind} {m.label ?? m.id}
        </strong>{' '}
        ({m.id}) in {where} in {formatMs(outcome.ms)}.{' '}
        {(outcome.updatedFields?.length ?? 0) === 0 && 'No field changed: the values were already current.'}
      </Outcome>
      {changes && changes.length > 0 && (
        <table className="data-table" aria-label="Changed fields">
          <DataTableHead columns={['Field', 'Before → after']} />
          <tbody>
            {changes.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  {c.label} <code className="muted">{c.key}</code>
                </th>
                <td>
                  <span className="value-before">{shown(c.before)}</span> →{' '}
                  <span className="value-after">{shown(c.after)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!changes && outcome.updatedFields && outcome.updatedFields.length > 0 && (
        <p>Updated: {outcome.updatedFields.join(', ')}</p>
      )}
    </div>
  );
}
