import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { Field, WebhookKind } from '../../../shared/model/field-catalogue';
import type { MappingTable as TableName } from '../../../shared/model/webhook';
import { Button } from '../../components/Button';
import { FieldMessages } from '../../components/FieldMessages';
import { FilterBox } from '../../components/FilterBox';
import { useApp } from '../../store/store-context';
import { ApiFieldOptions } from '../openapi/ApiFieldOptions';
import { useBoundOperation } from '../openapi/useBoundOperation';
import { problemsAt, spotKey } from '../problems/problem-index';
import { TABLE_TITLES, tableId } from '../problems/targets';
import { useProblems } from '../problems/useProblems';
import { MappingRow } from './MappingRow';
import { identifierHelp, tableHelp } from './portal-help';
import { useRowActions } from './useRowActions';
import { useRowFilter } from './useRowFilter';
import { ROW_HEIGHT, useRowWindow, VIEWPORT_HEIGHT } from './useRowWindow';
import { useRowIds } from './useTableRows';

const NO_FIELDS: readonly Field[] = [];
/** Tables with at least this many rows get a filter box (one stays while it holds a query). */
export const FILTER_FROM = 6;

const ADD_LABEL: Record<TableName, string> = {
  request_parameters: 'Add request parameter',
  response_parameters: 'Add response parameter',
  input_parameters: 'Add input parameter',
};

/**
 * One mapping table (Request, Response or Input Parameters). Long tables are windowed: only the rows in
 * view are rendered, each row memoised. The table follows its rows' ids, each row its own content, so a
 * keystroke re-renders the row typed in and nothing else; the problems follow in a transition.
 */
export function MappingTable({ kind, table }: { kind: WebhookKind; table: TableName }) {
  const ids = useRowIds(kind, table);
  const fields = useApp((s) => s.draft?.catalogue[kind] ?? NO_FIELDS);
  const focusRequest = useApp((s) => s.focusRequest);
  const problems = useProblems();
  const bound = useBoundOperation(kind);
  const apiOptions =
    table === 'request_parameters'
      ? bound?.operation.request?.properties
      : table === 'response_parameters'
        ? bound?.operation.response?.paths
        : undefined;
  // The window counts the rows the filter shows; the filter maps a table row to its place in that list.
  const revealRef = useRef<(position: number) => void>(() => undefined);
  const filter = useRowFilter(
    kind,
    table,
    ids.length,
    fields,
    useCallback((position: number) => revealRef.current(position), []),
  );
  const shownRows = filter.shown;
  const { windowed, start, end, bodyRef, onScroll, reveal } = useRowWindow(shownRows.length);
  useLayoutEffect(() => {
    revealRef.current = reveal;
  }, [reveal]);
  const { revealRow } = filter;
  const actions = useRowActions(kind, table, revealRow);
  const id = tableId(kind, table);
  const titleId = `${id}-title`;
  const tableProblems = problemsAt(problems, spotKey({ section: 'table', kind, table }));
  const identifierLabel =
    table === 'input_parameters'
      ? kind === 'profile'
        ? 'User Identifier'
        : 'Location Identifier'
      : undefined;

  // A jump from the problems list to a row that is scrolled out of the window: render it first.
  useEffect(() => {
    const at = focusRequest?.at;
    if (at?.section !== 'table' || at.kind !== kind || at.table !== table || !at.rowId) return;
    const index = ids.indexOf(at.rowId);
    if (index >= 0) revealRow(index);
    // Only a new request should scroll, not every edit of the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest, kind, table, revealRow]);

  const rendered = [];
  for (let at = start; at < end; at++) {
    const i = shownRows[at];
    const rowId = i === undefined ? undefined : ids[i];
    if (i === undefined || rowId === undefined) continue;
    rendered.push(
      <MappingRow
        key={rowId}
        kind={kind}
        table={table}
        rowId={rowId}
        index={i}
        last={i === ids.length - 1}
        fields={fields}
        problems={problemsAt(problems, `row.${rowId}`)}
        actions={actions}
        identifierLabel={identifierLabel}
        apiList={apiOptions ? `${id}-api-fields` : undefined}
        top={windowed ? at * ROW_HEIGHT : undefined}
      />,
    );
  }

  return (
    <section className="mapping-section" aria-labelledby={titleId}>
      <div className="section-heading">
        <h3 id={titleId}>{TABLE_TITLES[table]}</h3>
        <span className="row-count">{ids.length === 1 ? '1 row' : `${ids.length} rows`}</span>
      </div>
      <p className="section-description">{tableHelp(kind, table)}</p>
      {identifierLabel && (
        <p id={`${id}-identifier-help`} className="field-hint">
          {identifierHelp(kind)}
        </p>
      )}
      <FieldMessages id={`${id}-message`} problems={tableProblems} />
      {(ids.length >= FILTER_FROM || filter.query !== '') && (
        <FilterBox
          label={`Filter ${TABLE_TITLES[table]}`}
          placeholder="API Field or MangoApps field"
          query={filter.query}
          onQuery={filter.setQuery}
          shown={shownRows.length}
          total={ids.length}
          note={filter.note}
        />
      )}
      {apiOptions && (
        <ApiFieldOptions
          id={`${id}-api-fields`}
          {...(table === 'request_parameters'
            ? { request: bound?.operation.request?.properties }
            : { response: bound?.operation.response?.paths })}
        />
      )}
      <div
        id={id}
        role="table"
        tabIndex={-1}
        aria-labelledby={titleId}
        aria-describedby={tableProblems.length ? `${id}-message` : undefined}
        aria-rowcount={ids.length + 1}
        className="mapping-table"
      >
        <div role="rowgroup" className="mapping-head">
          <div
            role="row"
            aria-rowindex={1}
            className={identifierLabel ? 'mapping-row with-identifier' : 'mapping-row'}
          >
            <div role="columnheader" className="cell-index">
              #
            </div>
            <div role="columnheader">API Field</div>
            <div role="columnheader">MangoApps Field</div>
            {identifierLabel && <div role="columnheader">{identifierLabel}</div>}
            <div role="columnheader">
              <span className="visually-hidden">Row actions</span>
            </div>
          </div>
        </div>
        <div
          ref={bodyRef}
          role="rowgroup"
          className={windowed ? 'mapping-body windowed' : 'mapping-body'}
          style={windowed ? { maxHeight: VIEWPORT_HEIGHT } : undefined}
          onScroll={windowed ? onScroll : undefined}
        >
          {windowed ? (
            <div role="presentation" style={{ height: shownRows.length * ROW_HEIGHT, position: 'relative' }}>
              {rendered}
            </div>
          ) : (
            rendered
          )}
        </div>
      </div>
      {ids.length === 0 && <p className="table-empty">No rows yet.</p>}
      {ids.length > 0 && shownRows.length === 0 && (
        <p className="table-empty">No row matches “{filter.query.trim()}”.</p>
      )}
      <Button id={`${id}-add`} className="add-row" onClick={actions.add}>
        <span aria-hidden="true">+ </span>
        {ADD_LABEL[table]}
      </Button>
    </section>
  );
}
