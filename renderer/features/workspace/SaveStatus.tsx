import { useStoreAfterPaint } from '../../store/store-after-paint';
import { useApp, useAppStore } from '../../store/store-context';
import type { AppState } from '../../store/types';
import { UnpublishedCount } from '../publish/UnpublishedCount';

function timeOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

const saveStatusOf = (s: AppState) => s.saveStatus;

/**
 * "Saved" / "Saving…" / "Not saved — retrying", with the reason; a polite live region. A change shows once
 * the frame it came with has been painted: the first keystroke after a save is not slowed by the header.
 */
export function SaveStatus() {
  const status = useStoreAfterPaint(useAppStore(), saveStatusOf);
  const retry = useApp((s) => s.retrySaveNow);
  return (
    <div className={`save-status save-${status.state}`}>
      <span data-testid="save-status" role="status" aria-live="polite" data-state={status.state}>
        {status.state === 'saved' && (
          <span title={status.savedAt ? `Saved at ${timeOf(status.savedAt)}` : undefined}>Saved</span>
        )}
        {(status.state === 'pending' || status.state === 'saving') && 'Saving…'}
        {status.state === 'error' && (
          <>
            Not saved — retrying <span className="save-reason">({status.message})</span>
          </>
        )}
      </span>
      <UnpublishedCount />
      {status.state === 'error' && (
        <button type="button" className="btn btn-ghost btn-small" onClick={retry}>
          Retry now
        </button>
      )}
    </div>
  );
}
