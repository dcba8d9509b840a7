import type { DraftFileIssue } from '../../../shared/draft-file/issues';
import { Button } from '../../components/Button';
import { DataTableHead } from '../../components/DataTableHead';
import { Dialog, DialogActions } from '../../components/Dialog';
import { PathText } from '../../components/PathText';

/** Lists why a file could not be imported, field by field; nothing was changed. */
export function ImportErrorsDialog({
  fileName,
  errors,
  onClose,
}: {
  fileName: string;
  errors: readonly DraftFileIssue[];
  onClose(): void;
}) {
  return (
    <Dialog
      title={`“${fileName}” cannot be imported`}
      role="alertdialog"
      wide
      onClose={onClose}
      description={`${errors.length === 1 ? 'One problem was' : `${errors.length} problems were`} found. Nothing was changed; fix the file and import it again.`}
    >
      <table className="data-table issue-table" aria-label="Import problems">
        <DataTableHead columns={['Field', 'Problem']} />
        <tbody>
          {errors.map((issue, i) => (
            <tr key={i}>
              <td>{issue.path ? <PathText path={issue.path} /> : <code>(whole file)</code>}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DialogActions>
        <Button variant="primary" onClick={onClose} data-autofocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
