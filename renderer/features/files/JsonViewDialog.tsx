import { useMemo, useState } from 'react';
import { exportDraft } from '../../../shared/draft-file/export-draft';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { useApp } from '../../store/store-context';
import { copyText } from '../publish/copy-text';

/** The draft as Export would write it, read-only, kept current while open; for review or a quick paste. */
export function JsonViewDialog({ onClose }: { onClose(): void }) {
  const draft = useApp((s) => s.draft);
  // The same function Export uses, so what is shown here is byte for byte what the file holds.
  const file = useMemo(() => (draft ? exportDraft(draft) : null), [draft]);
  const [copied, setCopied] = useState<string | null>(null);
  if (!file) return null;
  return (
    <Dialog
      title="Draft as JSON"
      wide
      onClose={onClose}
      description={
        <>
          Exactly what Export writes to <code>{file.fileName}</code>: no row ids, no secrets. Read-only; edit
          the draft in its tabs.
        </>
      }
    >
      <pre className="json-view" tabIndex={0} role="group" aria-label="Draft JSON">
        {file.text}
      </pre>
      <DialogActions>
        <span role="status" className="muted">
          {copied}
        </span>
        <Button
          onClick={async () =>
            setCopied((await copyText(file.text)) ? 'Copied.' : 'The clipboard is not available.')
          }
        >
          Copy
        </Button>
        <Button variant="primary" onClick={onClose} data-autofocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
