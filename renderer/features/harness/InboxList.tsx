import { Fragment, useState } from 'react';
import type { InboxEntryView } from '../../../shared/bridge/harness-schemas';
import { Button } from '../../components/Button';
import { DataTableHead } from '../../components/DataTableHead';
import { DetailRow } from './DetailRow';
import { prettyJson } from './format';
import { withHeaderCase } from './header-case';
import { BodyBlock, HeaderList } from './Notes';

/** Captured requests, newest first: inspect one, replay it, or edit it before replaying. */
export function InboxList({
  entries,
  onReplay,
  onEdit,
  busy,
}: {
  entries: readonly InboxEntryView[];
  onReplay(entry: InboxEntryView): void;
  onEdit(entry: InboxEntryView): void;
  busy: boolean;
}) {
  const [open, setOpen] = useState<string | null>(null);
  if (entries.length === 0)
    return <p className="muted">No requests captured yet. Fire at the local receiver.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table inbox-table" aria-label="Captured requests">
        <DataTableHead columns={['#', 'Received', 'Request', 'Answered']} last="Actions" />
        <tbody>
          {entries.map((e) => (
            <Fragment key={e.id}>
              <tr>
                <td>{e.seq}</td>
                <td>{new Date(e.at).toLocaleTimeString()}</td>
                <th scope="row">
                  <code>
                    {e.method} {e.path}
                  </code>
                </th>
                <td>
                  {e.response.status} <span className="muted">({e.route})</span>
                </td>
                <td className="row-actions">
                  <Button
                    className="btn-small"
                    aria-label={`Inspect request ${e.seq}`}
                    aria-expanded={open === e.id}
                    aria-controls={`inbox-${e.id}`}
                    onClick={() => setOpen(open === e.id ? null : e.id)}
                  >
                    Inspect
                  </Button>
                  <Button
                    className="btn-small"
                    aria-label={`Replay request ${e.seq}`}
                    disabled={busy}
                    onClick={() => onReplay(e)}
                  >
                    Replay
                  </Button>
                  <Button
                    className="btn-small"
                    aria-label={`Edit and replay request ${e.seq}`}
                    disabled={busy}
                    onClick={() => onEdit(e)}
                  >
                    Edit and replay
                  </Button>
                </td>
              </tr>
              {open === e.id && (
                <DetailRow id={`inbox-${e.id}`} columns={5}>
                  <div>
                    <h3>Request</h3>
                    <HeaderList headers={withHeaderCase(e.headers)} label={`Headers of request ${e.seq}`} />
                    <BodyBlock text={prettyJson(e.body)} label={`Body of request ${e.seq}`} />
                    {e.truncated && <p className="muted">The body was longer; the start is kept.</p>}
                  </div>
                  <div>
                    <h3>
                      Answer: {e.response.status}
                      {e.response.delayMs > 0 && ` after ${e.response.delayMs} ms`}
                    </h3>
                    <BodyBlock text={prettyJson(e.response.body)} label={`Answer to request ${e.seq}`} />
                  </div>
                </DetailRow>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
