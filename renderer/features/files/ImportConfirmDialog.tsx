import { useState } from 'react';
import type { DraftFileIssue } from '../../../shared/draft-file/issues';
import { errorMessage } from '../../bridge';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';

/** Asks how to use a valid file: replace the open draft (undoable) or start a new domain from it. */
export function ImportConfirmDialog({
  fileName,
  domainName,
  warnings,
  onReplace,
  onNewDomain,
  onClose,
}: {
  fileName: string;
  /** The draft on screen, or null when no domain is open (then only "new domain" is offered). */
  domainName: string | null;
  warnings: readonly DraftFileIssue[];
  onReplace(): void;
  onNewDomain(): Promise<void>;
  onClose(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function asNew() {
    setBusy(true);
    try {
      await onNewDomain();
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Import “${fileName}”`}
      onClose={onClose}
      description={
        domainName
          ? `Replace the configuration of ${domainName} with the file’s (you can undo it), or create a new domain from it.`
          : 'Create a new domain from this file.'
      }
    >
      {warnings.length > 0 && (
        <ul className="import-warnings">
          {warnings.map((w, i) => (
            <li key={i} className="message message-warning">
              {w.path && <code>{w.path}</code>} {w.message}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <div className="field-messages field-messages-error" role="alert">
          {error}
        </div>
      )}
      <DialogActions>
        <Button onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button onClick={() => void asNew()} disabled={busy}>
          Import as a new domain
        </Button>
        {domainName && (
          <Button
            variant="primary"
            onClick={() => {
              onReplace();
              onClose();
            }}
            disabled={busy}
          >
            Replace the draft of {domainName}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
