import { useState } from 'react';
import type { DomainSummary } from '../../../shared/model/draft';
import { errorMessage } from '../../bridge';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApp } from '../../store/store-context';

/** Confirms deleting a domain, naming it; Cancel has the initial focus so Enter does not delete. */
export function DeleteDomainDialog({ domain, onClose }: { domain: DomainSummary; onClose(): void }) {
  const deleteDomain = useApp((s) => s.deleteDomain);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await deleteDomain(domain.id);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Delete “${domain.name}”?`}
      role="alertdialog"
      onClose={onClose}
      description={`The draft of ${domain.name} is deleted from this computer. This cannot be undone; export it first if you may need it.`}
    >
      <ErrorAlert message={error} />
      <DialogActions>
        <Button onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={confirm} disabled={busy}>
          Delete domain
        </Button>
      </DialogActions>
    </Dialog>
  );
}
