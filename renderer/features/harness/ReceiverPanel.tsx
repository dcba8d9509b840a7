import { useCallback, useEffect, useState } from 'react';
import type {
  InboxEntryView,
  ReceiverStatusView,
  ReplayOutcome,
} from '../../../shared/bridge/harness-schemas';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { ReceiverApiSwitch } from '../openapi/ReceiverApiSwitch';
import { ConfirmTargetDialog } from './ConfirmDialogs';
import { formatMs, prettyJson } from './format';
import { InboxList } from './InboxList';
import { BodyBlock, ErrorNote, Outcome } from './Notes';
import { ReplayDialog, type ReplayEdits } from './ReplayDialog';
import { RoutesEditor } from './RoutesEditor';
import { useHarnessActions } from './useHarness';
import { useTask } from './useTask';

type Pending = { entry: InboxEntryView; edits?: ReplayEdits; host: string };

/** The local receiver: start and stop it, script its answers, inspect its inbox and replay. */
export function ReceiverPanel() {
  const id = useApp((s) => s.draft?.id ?? '');
  const [status, setStatus] = useState<ReceiverStatusView | null>(null);
  const [inbox, setInbox] = useState<InboxEntryView[]>([]);
  const [editing, setEditing] = useState<InboxEntryView | null>(null);
  const [replayed, setReplayed] = useState<ReplayOutcome | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const task = useTask();
  const actions = useHarnessActions();
  const fetchBoth = useCallback(() => Promise.all([actions.receiverStatus(), actions.inbox()]), [actions]);

  const refresh = useCallback(async () => {
    const [s, list] = await fetchBoth();
    setStatus(s);
    setInbox(list);
  }, [fetchBoth]);
  useEffect(() => {
    let live = true;
    fetchBoth().then(
      ([s, list]) => {
        if (!live) return;
        setStatus(s);
        setInbox(list);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [fetchBoth]);

  const replay = (entry: InboxEntryView, edits?: ReplayEdits, confirmHost?: string) =>
    task.run('replay', async () => {
      const result = await actions.replay({
        id,
        entry_id: entry.id,
        ...edits,
        ...(edits?.url === '' ? { url: undefined } : {}),
        ...(confirmHost ? { confirm_host: confirmHost } : {}),
      });
      setReplayed(result);
      if (result.failure?.kind === 'needs_confirmation' && result.failure.host)
        setPending({ entry, ...(edits ? { edits } : {}), host: result.failure.host });
      await refresh();
    });

  const running = status?.running ?? false;
  return (
    <>
      <section className="card" aria-labelledby="receiver-heading">
        <h2 id="receiver-heading">Local receiver</h2>
        <p className="section-description">
          A mock third party on this machine only (127.0.0.1): it captures what MangoApps would send and
          answers as scripted. Its token endpoint has its own account for this session, used automatically
          when you fire at the receiver; your real OAuth password is never sent to it.
        </p>
        {status?.credentials && (
          <p className="muted" aria-label="Receiver OAuth account">
            Receiver OAuth: username <code>{status.credentials.username}</code>, password{' '}
            <code>{status.credentials.password}</code>
            {status.url ? (
              <>
                , token URL <code>{`${status.url}/oauth/token`}</code>
              </>
            ) : null}
          </p>
        )}
        <div className="form-actions">
          <p role="status" className={running ? 'status-on' : 'muted'}>
            {running ? (
              <>
                Running at <code>{status?.url}</code>
              </>
            ) : (
              'Stopped'
            )}
          </p>
          {running ? (
            <Button onClick={() => task.run('stop', async () => setStatus(await actions.stopReceiver()))}>
              Stop receiver
            </Button>
          ) : (
            <Button
              variant="primary"
              onClick={() => task.run('start', async () => setStatus(await actions.startReceiver()))}
            >
              Start receiver
            </Button>
          )}
        </div>
        {status && <ReceiverApiSwitch domainId={id} status={status} run={task.run} onChange={setStatus} />}
        <ErrorNote message={task.error} />
      </section>
      {status && <RoutesEditor status={status} onSaved={setStatus} />}
      <section className="card" aria-labelledby="inbox-heading">
        <div className="card-head">
          <h2 id="inbox-heading">
            Inbox <span className="heading-note">({inbox.length})</span>
          </h2>
          <div className="button-group">
            <Button onClick={() => task.run('refresh', refresh)}>Refresh</Button>
            <Button
              onClick={() => task.run('clear', async () => setInbox(await actions.inbox({ clear: true })))}
              disabled={inbox.length === 0}
            >
              Clear inbox
            </Button>
          </div>
        </div>
        <InboxList
          entries={inbox}
          busy={task.busy !== null}
          onReplay={(e) => void replay(e)}
          onEdit={setEditing}
        />
        {replayed && <ReplayResult result={replayed} />}
      </section>
      {editing && (
        <ReplayDialog
          entry={editing}
          defaultUrl={`${status?.url ?? ''}${editing.path}`}
          onReplay={(edits) => void replay(editing, edits)}
          onClose={() => setEditing(null)}
        />
      )}
      {pending && (
        <ConfirmTargetDialog
          host={pending.host}
          onConfirm={() => void replay(pending.entry, pending.edits, pending.host)}
          onClose={() => setPending(null)}
        />
      )}
    </>
  );
}

function ReplayResult({ result }: { result: ReplayOutcome }) {
  return (
    <div className="replay-result" aria-label="Replay result" role="group">
      <Outcome ok={result.ok}>
        {result.ok ? (
          <>
            <strong>Replayed.</strong> {result.request.method} {result.request.url} answered HTTP{' '}
            {result.response?.status} in {formatMs(result.response?.ms ?? 0)}.
          </>
        ) : (
          <>
            <strong>Replay failed.</strong> {result.failure?.message}
          </>
        )}
      </Outcome>
      {result.response && <BodyBlock text={prettyJson(result.response.body)} label="Replay answer" />}
    </div>
  );
}
