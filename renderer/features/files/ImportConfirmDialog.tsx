import type { DraftFileIssue } from '../../../shared/draft-file/issues';
import type { WebhookChanges } from '../../../shared/plan/config-changes';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDialogStep } from '../../components/useDialogStep';
import { WebhookChangeSections } from '../publish/WebhookChangeSections';

/** What replacing the open draft with the file would do: its plan lines and the errors it would bring. */
export interface ReplacePreview {
  domainName: string;
  changes: readonly WebhookChanges[];
  /** Errors the draft would hold after the replace (the file's own, against this domain's catalogue). */
  errors: number;
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function ReplaceSummary({ preview }: { preview: ReplacePreview }) {
  const { domainName, changes, errors } = preview;
  return (
    <div className="import-preview" aria-label={`What replacing the draft of ${domainName} would change`}>
      {changes.length === 0 ? (
        <p>The file holds the same configuration as the draft of {domainName}: replacing changes nothing.</p>
      ) : (
        <>
          <p>Replacing the draft of {domainName} would make these changes (you can undo it):</p>
          <WebhookChangeSections changes={changes} label={(title) => `${title}: changes from the file`} />
        </>
      )}
      {errors > 0 && (
        <p className="message message-warning">
          The file’s configuration has {plural(errors, 'error')}: the Problems panel lists them after the
          replace, and publishing waits until they are fixed.
        </p>
      )}
    </div>
  );
}

/**
 * Asks how to use a valid file: replace the open draft (shown change by change first, undoable) or start a
 * new domain from it. Cancel changes nothing.
 */
export function ImportConfirmDialog({
  fileName,
  replace,
  warnings,
  onReplace,
  onNewDomain,
  onClose,
}: {
  fileName: string;
  /** What a replace would do, or null when no domain is open (then only "new domain" is offered). */
  replace: ReplacePreview | null;
  warnings: readonly DraftFileIssue[];
  onReplace(): void;
  onNewDomain(): Promise<void>;
  onClose(): void;
}) {
  const step = useDialogStep(onClose);

  return (
    <Dialog
      title={`Import “${fileName}”`}
      onClose={onClose}
      wide={replace !== null}
      description={
        replace
          ? `Replace the configuration of ${replace.domainName} with the file’s, or create a new domain from it.`
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
      {replace && <ReplaceSummary preview={replace} />}
      <ErrorAlert message={step.error} />
      <DialogActions>
        <Button onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button onClick={() => void step.run(onNewDomain)} disabled={step.busy}>
          Import as a new domain
        </Button>
        {replace && (
          <Button
            variant="primary"
            onClick={() => {
              onReplace();
              onClose();
            }}
            disabled={step.busy}
          >
            Replace the draft of {replace.domainName}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
