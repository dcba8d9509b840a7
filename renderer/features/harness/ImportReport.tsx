import type { ImportIssueView } from '../../../shared/bridge/harness-schemas';
import { DataTableHead } from '../../components/DataTableHead';
import { Outcome } from './Notes';

/** What an import brought in, and each problem by row and column. */
export function ImportReport({
  fileName,
  imported,
  issues,
}: {
  fileName: string;
  imported: number;
  issues: readonly ImportIssueView[];
}) {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <div className="import-report">
      <Outcome ok={imported > 0 && errors === 0}>
        <strong>
          {fileName}: {imported} sample{imported === 1 ? '' : 's'} imported.
        </strong>{' '}
        {issues.length === 0
          ? 'No problems found.'
          : `${errors} error(s), ${issues.length - errors} warning(s) below.`}
      </Outcome>
      {issues.length > 0 && (
        <table className="data-table issue-table" aria-label="Import issues">
          <DataTableHead columns={['Row', 'Column', 'Severity', 'Problem']} />
          <tbody>
            {issues.map((i, n) => (
              <tr key={n}>
                <td>{i.row === 0 ? 'file' : i.row}</td>
                <td>{i.column ? <code>{i.column}</code> : '—'}</td>
                <td className={`severity severity-${i.severity}`}>{i.severity}</td>
                <td>{i.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
