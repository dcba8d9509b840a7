import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as TableRows from '../../renderer/features/editor/useTableRows';
import { makeLargeDraft } from '../fixtures/large-draft';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

// Counts the renders of mapping tables and rows: each render of one calls its subscription hook once.
const renders = vi.hoisted(() => ({ tables: [] as string[], rows: [] as string[] }));
vi.mock('../../renderer/features/editor/useTableRows', async (load) => {
  const real = await load<typeof TableRows>();
  return {
    ...real,
    useRowIds: (kind: 'profile' | 'location', table: string) => {
      renders.tables.push(`${kind}.${table}`);
      return real.useRowIds(kind, table as never);
    },
    useRow: (kind: 'profile' | 'location', table: string, index: number, id: string) => {
      renders.rows.push(id);
      return real.useRow(kind, table as never, index, id);
    },
  };
});

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

describe('a keystroke in a long table', () => {
  it('re-renders the row typed in and neither its table nor the other rows', async () => {
    const host = new FakeHost();
    const draft = { ...makeLargeDraft(1000), id: 'd1', name: 'acme' };
    host.drafts.set(draft.id, draft);
    await renderApp(host);
    const table = screen.getByRole('table', { name: 'Request Parameters' });
    // A long draft paints the rows in view first and the rows around them right after: let that happen.
    await within(table).findByLabelText('API field, row 11');
    const input = within(table).getByLabelText('API field, row 3') as HTMLInputElement;
    renders.tables.length = 0;
    renders.rows.length = 0;

    // A plain DOM event, as the browser sends it: its own render is committed before dispatchEvent returns.
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'typed');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(input.value).toBe('typed');
    expect(renders.tables).toEqual([]);
    expect(renders.rows).toEqual(['req-2']);

    // The problems follow in a render of their own; the rows whose messages did not change stay as they are.
    await waitFor(() => expect(renders.tables).toContain('profile.request_parameters'));
    expect(new Set(renders.rows)).toEqual(new Set(['req-2']));
  });
});
