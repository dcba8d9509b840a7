import type { DomainSummary } from '../../../shared/model/draft';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDialogStep } from '../../components/useDialogStep';
import { useApp } from '../../store/store-context';

/** Confirms deleting a domain, naming it; Cancel has the initial focus so Enter does not delete. */
export function DeleteDomainDialog({ domain, onClose }: { domain: DomainSummary; onClose(): void }) {
  const deleteDomain = useApp((s) => s.deleteDomain);
  const step = useDialogStep(onClose);

  return (
    <Dialog
      title={`Delete “${domain.name}”?`}
      role="alertdialog"
      onClose={onClose}
      description={`The draft of ${domain.name} is deleted from this computer. This cannot be undone; export it first if you may need it.`}
    >
      <ErrorAlert message={step.error} />
      <DialogActions>
        <Button onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button
          variant="danger"
          onClick={() => void step.run(() => deleteDomain(domain.id))}
          disabled={step.busy}
        >
          Delete domain
        </Button>
      </DialogActions>
    </Dialog>
  );
}
