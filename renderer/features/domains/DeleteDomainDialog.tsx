import type { DomainSummary } from '../../../shared/model/draft';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDialogStep } from '../../components/useDialogStep';
import { useApp } from '../../store/store-context';

/** Confirms deleting a domain, naming it; Cancel has the initial focus so Enter does not delete. */
export function DeleteDomainDialog({ domain, onClose }: { domain: DomainSummary; onClose(): void }) {
  const deleteDomain = useApp((s) => s.deleteDomain);
  const step = useDialogStep(onClose);

  return (
    <ConfirmDialog
      title={`Delete “${domain.name}”?`}
      confirmLabel="Delete domain"
      onConfirm={() => void step.run(() => deleteDomain(domain.id))}
      busy={step.busy}
      onClose={onClose}
      description={`The draft of ${domain.name} is deleted from this computer. This cannot be undone; export it first if you may need it.`}
    >
      <ErrorAlert message={step.error} />
    </ConfirmDialog>
  );
}
