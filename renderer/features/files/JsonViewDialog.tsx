import { useEffect, useMemo, useState } from 'react';
import type { ApiReference } from '../../../shared/draft-file/api-reference';
import { exportDraft } from '../../../shared/draft-file/export-draft';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { apiReference } from '../../store/openapi-actions';
import { useApp } from '../../store/store-context';
import { useApiDescription } from '../openapi/useApiDescription';
import { copyText } from '../publish/copy-text';

/** The draft as Export would write it, read-only, kept current while open; for review or a quick paste. */
export function JsonViewDialog({ onClose }: { onClose(): void }) {
  const draft = useApp((s) => s.draft);
  const api = useApiReference(draft?.id ?? null);
  // The same function Export uses, so what is shown here is byte for byte what the file holds.
  const file = useMemo(() => (draft ? exportDraft(draft, api ?? undefined) : null), [draft, api]);
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

/** The reference to the domain's API description that Export writes (without "Embed"), once loaded. */
function useApiReference(domainId: string | null): ApiReference | null {
  const description = useApiDescription((s) => (s.domainId === domainId ? s.description : null));
  const binding = useApiDescription((s) => s.binding);
  const [ref, setRef] = useState<{ of: unknown; ref: ApiReference | null } | null>(null);
  useEffect(() => {
    if (!domainId || !description) return;
    let live = true;
    apiReference({ domain_id: domainId, embed: false }).then(
      (r) => live && setRef({ of: description, ref: r }),
      () => live && setRef({ of: description, ref: null }),
    );
    return () => {
      live = false;
    };
  }, [domainId, description, binding]);
  return description && ref?.of === description ? ref.ref : null;
}
