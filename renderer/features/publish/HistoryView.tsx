import { useEffect } from 'react';
import { WEBHOOK_KINDS } from '../../../shared/model/webhook-kinds';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { LocalPublishes } from './LocalPublishes';
import { TaskError } from './TaskError';
import { useDomainVersions } from './useDomainVersions';
import { usePublishActions, usePublishState } from './usePublish';
import { VersionTable } from './VersionTable';

const HISTORY_TASKS = ['history', 'restore'] as const;

/**
 * The domain's live versions of each webhook, newest first, whoever saved them: each one's configuration
 * and diffs can be viewed, and any but the current base rolled back to through a plan. When the domain
 * cannot be read, the publishes made from this computer are shown instead.
 */
export function HistoryView() {
  const history = usePublishState((p) => p.history);
  const busy = usePublishState((p) => p.busy);
  const domainId = useApp((s) => s.draft?.id ?? null);
  const remote = useApp((s) => s.draft?.remote ?? null);
  const actions = usePublishActions();
  const { state, reload } = useDomainVersions(domainId);

  useEffect(() => {
    if (history === null) void actions.loadHistory();
  }, [history, actions]);

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading" tabIndex={-1}>
        Publish history
      </h2>
      <p className="section-description">
        Every version the domain keeps of each webhook, with the notes of publishes made from this computer.
        Rolling back puts that configuration into the draft and shows the plan; nothing changes on the domain
        until you publish.
      </p>
      <div className="form-actions">
        <Button
          onClick={() => {
            reload();
            void actions.loadHistory();
          }}
          disabled={busy !== null || state.status === 'loading'}
        >
          {busy === 'history' || state.status === 'loading' ? 'Loading…' : 'Refresh'}
        </Button>
      </div>
      <TaskError tasks={HISTORY_TASKS} />
      {state.status === 'ready' &&
        domainId &&
        WEBHOOK_KINDS.map((kind) => (
          <VersionTable
            key={kind}
            domainId={domainId}
            kind={kind}
            versions={state.versions[kind]}
            base={remote?.[kind] ?? null}
            busy={busy !== null}
            onRollBack={(v) => void actions.restoreVersion(kind, v)}
          />
        ))}
      {state.status === 'error' && (
        <>
          <p className="message message-warning" role="status">
            The domain’s versions could not be read ({state.message}). These are the publishes made from this
            computer.
          </p>
          {history && (
            <LocalPublishes
              history={history}
              remote={remote}
              busy={busy !== null}
              onRollBack={(entry) => void actions.restore(entry)}
            />
          )}
        </>
      )}
    </section>
  );
}
