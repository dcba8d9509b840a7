import { Fragment, useCallback, useEffect, useState } from 'react';
import type { ChannelResult } from '../../../shared/bridge/contract';
import { Button } from '../../components/Button';
import { DataTableHead } from '../../components/DataTableHead';
import { useApp } from '../../store/store-context';
import { DetailRow } from './DetailRow';
import { eventLabel, formatMs, prettyJson } from './format';
import { BodyBlock, ErrorNote, HeaderList } from './Notes';
import { useHarnessActions } from './useHarness';
import { useTask } from './useTask';

type History = ChannelResult<'harness:history'>;

const DIRECTIONS = { outgoing: 'Outgoing', incoming: 'Incoming', replay: 'Replay' } as const;

/** One side of a logged exchange: its headers and body. */
function LoggedMessage({
  title,
  message,
}: {
  title: 'Request' | 'Response';
  message: { headers: Record<string, string>; body: string };
}) {
  const noun = title.toLowerCase();
  return (
    <div>
      <h3>{title}</h3>
      <HeaderList headers={message.headers} label={`Logged ${noun} headers`} />
      <BodyBlock text={prettyJson(message.body)} label={`Logged ${noun} body`} />
    </div>
  );
}

/** The harness's own log: recent exchanges and batch runs, secrets redacted, kept across restarts. */
export function HistoryPanel() {
  const id = useApp((s) => s.draft?.id ?? '');
  const [history, setHistory] = useState<History | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const task = useTask();
  const actions = useHarnessActions();
  const load = useCallback(
    async (clear = false) => setHistory(await actions.history({ id, clear })),
    [id, actions],
  );
  useEffect(() => {
    let live = true;
    actions.history({ id }).then(
      (h) => live && setHistory(h),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, actions]);

  return (
    <>
      <section className="card" aria-labelledby="runs-heading">
        <div className="card-head">
          <h2 id="runs-heading">Batch runs</h2>
          <div className="button-group">
            <Button onClick={() => task.run('load', () => load())}>Refresh</Button>
            <Button onClick={() => task.run('clear', () => load(true))}>Clear history</Button>
          </div>
        </div>
        {history && history.runs.length === 0 && <p className="muted">No batch runs yet.</p>}
        {history && history.runs.length > 0 && (
          <table className="data-table" aria-label="Batch run history">
            <DataTableHead columns={['Started', 'Deliveries', 'Passed', 'Failed', 'Duration']} />
            <tbody>
              {history.runs.map((r) => (
                <tr key={r.runId}>
                  <th scope="row">{new Date(r.startedAt).toLocaleString()}</th>
                  <td>
                    {r.total}
                    {r.notRun > 0 && ` (${r.notRun} not run)`}
                  </td>
                  <td>{r.passed}</td>
                  <td>{r.failed}</td>
                  <td>{formatMs(r.durationMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ErrorNote message={task.error} />
      </section>
      <section className="card" aria-labelledby="exchanges-heading">
        <h2 id="exchanges-heading">
          Exchanges <span className="heading-note">(newest first, secrets redacted)</span>
        </h2>
        {history && history.exchanges.length === 0 && <p className="muted">Nothing sent yet.</p>}
        {history && history.exchanges.length > 0 && (
          <div className="table-scroll">
            <table className="data-table" aria-label="Exchange history">
              <DataTableHead columns={['Time', 'Direction', 'Request', 'Result']} last="Details" />
              <tbody>
                {history.exchanges.map((e) => (
                  <Fragment key={e.id}>
                    <tr className={e.ok ? undefined : 'row-danger'}>
                      <td>{new Date(e.at).toLocaleTimeString()}</td>
                      <td>
                        {DIRECTIONS[e.direction]}
                        {e.event ? ` · ${eventLabel(e.event)}` : ''}
                        {e.runId ? ' · batch' : ''}
                      </td>
                      <th scope="row" className="cell-url">
                        <code>
                          {e.method} {e.url}
                        </code>
                      </th>
                      <td>
                        {e.ok ? 'ok' : 'failed'} {e.status !== undefined && `· HTTP ${e.status}`} ·{' '}
                        {formatMs(e.ms)}
                        {e.failure && <div className="muted">{e.failure.message}</div>}
                      </td>
                      <td>
                        <Button
                          className="btn-small"
                          aria-expanded={open === e.id}
                          onClick={() => setOpen(open === e.id ? null : e.id)}
                        >
                          {open === e.id ? 'Hide' : 'Details'}
                        </Button>
                      </td>
                    </tr>
                    {open === e.id && (
                      <DetailRow columns={5}>
                        {e.request && <LoggedMessage title="Request" message={e.request} />}
                        {e.response && <LoggedMessage title="Response" message={e.response} />}
                      </DetailRow>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
