import { memo, startTransition, useCallback, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Field, WebhookKind } from '../../../shared/model/field-catalogue';
import type { InputRow, MappingRow as Row, MappingTable } from '../../../shared/model/webhook';
import type { Problem } from '../../../shared/validation/problem';
import { afterNextPaint } from '../../components/after-paint';
import { IconButton } from '../../components/Button';
import { FieldMessages, hasError } from '../../components/FieldMessages';
import { sameProblems } from '../problems/problem-index';
import { messageIdOf, rowControlId } from '../problems/targets';
import { FieldPicker } from './FieldPicker';
import type { RowActions } from './useRowActions';
import { useRow } from './useTableRows';

const NO_PROBLEMS: readonly Problem[] = [];

/** Props of one mapping row; everything is a value or a stable callback, so React.memo can skip it. */
export interface MappingRowProps {
  kind: WebhookKind;
  table: MappingTable;
  /** The row shown; it reads its own content from the store, so typing in it re-renders it alone. */
  rowId: string;
  /** Where the row is in the whole table (its number is one more). */
  index: number;
  /** Whether this is the last row (its "move down" is disabled); a boolean so adding rows re-renders one row. */
  last: boolean;
  fields: readonly Field[];
  problems: readonly Problem[];
  actions: RowActions;
  /** "User Identifier" / "Location Identifier" for input rows; absent for outgoing tables. */
  identifierLabel?: string;
  /** The id of the table's API Field suggestions (from the API description), when there are any. */
  apiList?: string;
  top?: number;
}

function split(problems: readonly Problem[]): [Problem[], Problem[]] {
  const first: Problem[] = [];
  const second: Problem[] = [];
  for (const p of problems) {
    const field = p.at.section === 'table' ? p.at.field : undefined;
    (field === 'mangoapps_field' || field === 'identifier' ? second : first).push(p);
  }
  return [first, second];
}

/** Enter in a row's fields never submits anything: the row's form is there for the browser, not to send. */
function preventSubmit(event: FormEvent) {
  event.preventDefault();
}

type RowViewProps = Omit<MappingRowProps, 'rowId'> & { row: Row | InputRow };

function MappingRowView({
  kind,
  table,
  row,
  index,
  last,
  fields,
  problems,
  actions,
  identifierLabel,
  apiList,
  top,
}: RowViewProps) {
  const n = index + 1;
  const rowBase = `${kind}-${table}-${row.id}`;
  const apiId = rowControlId(kind, table, row.id, 'api_field');
  const fieldIdOf = rowControlId(kind, table, row.id, 'mangoapps_field');
  // A row that starts empty (just added) stays quiet until it is edited or left: red before any input
  // only scolds. The Problems panel still lists everything.
  const [quiet, setQuiet] = useState(() => !row.api_field && !row.mangoapps_field);
  const [apiProblems, fieldProblems] = split(quiet ? NO_PROBLEMS : problems);
  const speak = () => quiet && setQuiet(false);
  // An edit's problems are found once the frame showing it has been painted: the row speaks up in that
  // same render, so it never shows, for a frame, what was wrong with it while it was empty.
  const speakWithEdit = useCallback(() => afterNextPaint(() => startTransition(() => setQuiet(false))), []);
  const apiMessage = messageIdOf(apiId);
  const fieldMessage = messageIdOf(fieldIdOf);
  const onPick = useCallback(
    (key: string) => {
      speakWithEdit();
      actions.setField(row.id, 'mangoapps_field', key);
    },
    [actions, row.id, speakWithEdit],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    actions.move(row.id, event.key === 'ArrowUp' ? -1 : 1, focused);
  }

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={identifierLabel ? 'mapping-row with-identifier' : 'mapping-row'}
      style={top === undefined ? undefined : { position: 'absolute', top, left: 0, right: 0 }}
      onKeyDown={onKeyDown}
      onBlur={speak}
    >
      <div role="cell" className="cell-index" aria-hidden="true">
        {n}
      </div>
      {/* Chrome's autofill reads every field of a form after each key, and the fields outside any form
          count as one form: the whole page. This form keeps that to the row's two fields (it has no box;
          its cells stay the row's). */}
      <form className="row-fields" onSubmit={preventSubmit}>
        <div role="cell" className="cell-field">
          <input
            id={apiId}
            type="text"
            className={
              apiProblems.length ? `input has-${hasError(apiProblems) ? 'error' : 'warning'}` : 'input'
            }
            aria-label={`API field, row ${n}`}
            aria-invalid={hasError(apiProblems) || undefined}
            aria-describedby={apiProblems.length ? apiMessage : undefined}
            placeholder="e.g. employeeNumber"
            spellCheck={false}
            autoComplete="off"
            list={apiList}
            value={row.api_field}
            onChange={(e) => {
              if (quiet) speakWithEdit();
              actions.setField(row.id, 'api_field', e.target.value);
            }}
          />
          <FieldMessages id={apiMessage} problems={apiProblems} compact />
        </div>
        <div role="cell" className="cell-field">
          <FieldPicker
            id={fieldIdOf}
            label={`MangoApps field, row ${n}`}
            value={row.mangoapps_field}
            fields={fields}
            onChange={onPick}
            invalid={hasError(fieldProblems)}
            describedBy={fieldProblems.length ? fieldMessage : undefined}
          />
          <FieldMessages id={fieldMessage} problems={fieldProblems} compact />
        </div>
      </form>
      {identifierLabel && (
        <div role="cell" className="cell-identifier">
          <input
            id={rowControlId(kind, table, row.id, 'identifier')}
            type="radio"
            name={`${kind}-identifier`}
            aria-label={`${identifierLabel}, row ${n}`}
            aria-describedby={fieldProblems.length ? fieldMessage : undefined}
            checked={'identifier' in row && row.identifier}
            onChange={() => actions.setIdentifier(row.id)}
          />
        </div>
      )}
      <div role="cell" className="cell-actions">
        <IconButton
          id={`${rowBase}-up`}
          label={`Move row ${n} up`}
          title={`Move row ${n} up (Alt+↑)`}
          aria-keyshortcuts="Alt+ArrowUp"
          icon="up"
          disabled={index === 0}
          onClick={() => actions.move(row.id, -1, `${rowBase}-up`)}
        />
        <IconButton
          id={`${rowBase}-down`}
          label={`Move row ${n} down`}
          title={`Move row ${n} down (Alt+↓)`}
          aria-keyshortcuts="Alt+ArrowDown"
          icon="down"
          disabled={last}
          onClick={() => actions.move(row.id, 1, `${rowBase}-down`)}
        />
        <IconButton
          id={`${rowBase}-remove`}
          label={`Remove row ${n}`}
          icon="close"
          className="btn-remove"
          onClick={() => actions.remove(row.id)}
        />
      </div>
    </div>
  );
}

function MappingRowSlot(props: MappingRowProps) {
  const { rowId, ...rest } = props;
  const row = useRow(props.kind, props.table, props.index, rowId);
  return row ? <MappingRowView {...rest} row={row} /> : null;
}

/** One row of a mapping table, re-rendered only when its own data, position or messages change. */
export const MappingRow = memo(MappingRowSlot, (a, b) => {
  return (
    a.rowId === b.rowId &&
    a.kind === b.kind &&
    a.table === b.table &&
    a.index === b.index &&
    a.last === b.last &&
    a.fields === b.fields &&
    a.actions === b.actions &&
    a.top === b.top &&
    a.identifierLabel === b.identifierLabel &&
    a.apiList === b.apiList &&
    sameProblems(a.problems, b.problems)
  );
});
