import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import type { LocalChanges } from '../../store/publish-slice';
import { kindTitle } from './format';
import { PlanChanges } from './PlanChanges';
import { splitSharedChanges } from './shared-changes';
import { TaskError } from './TaskError';

const PULL = ['pull'] as const;

/**
 * Pulling over local edits never discards them silently: this lists, per webhook, what replacing would
 * lose, and offers to keep the edits on top of the new live configuration instead.
 */
export function PullChoiceDialog({
  changes,
  busy,
  onChoose,
  onCancel,
}: {
  changes: LocalChanges;
  busy: boolean;
  onChoose(mode: 'keep_local' | 'replace'): void;
  onCancel(): void;
}) {
  const { own, shared } = splitSharedChanges(changes);
  return (
    <Dialog
      title="Your draft has edits that are not on the domain"
      onClose={onCancel}
      wide
      description="Replacing the draft with the live configuration would lose these edits. Keeping them applies them on top of what the domain holds now."
    >
      <div className="pull-losses">
        {own
          .filter((webhook) => webhook.changes.length > 0)
          .map((webhook) => (
            <section key={webhook.kind} aria-label={`${kindTitle(webhook.kind)}: edits that would be lost`}>
              <h3>{kindTitle(webhook.kind)}</h3>
              <PlanChanges changes={webhook.changes} />
            </section>
          ))}
        {shared.length > 0 && (
          <section aria-label="Security (both webhooks): edits that would be lost">
            <h3>Security (both webhooks)</h3>
            <PlanChanges changes={shared} />
          </section>
        )}
      </div>
      <TaskError tasks={PULL} />
      <DialogActions>
        <Button onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button variant="danger" disabled={busy} onClick={() => onChoose('replace')}>
          Replace with the live configuration
        </Button>
        <Button variant="primary" disabled={busy} onClick={() => onChoose('keep_local')}>
          Keep my edits on the new base
        </Button>
      </DialogActions>
    </Dialog>
  );
}
