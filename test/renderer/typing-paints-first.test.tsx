import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeLargeDraft } from '../fixtures/large-draft';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

function errorCount(): number {
  return Number(screen.getByTestId('problems-count').getAttribute('data-errors'));
}

/** A 200-row draft open in the app; row 1's API field. */
async function openLongDraft(): Promise<HTMLInputElement> {
  const host = new FakeHost();
  const draft = { ...makeLargeDraft(200), id: 'd1', name: 'acme' };
  host.drafts.set(draft.id, draft);
  await renderApp(host);
  return within(screen.getByRole('table', { name: 'Request Parameters' })).getByLabelText(
    'API field, row 1',
  ) as HTMLInputElement;
}

describe('typing in a long draft', () => {
  it('shows the keystroke first and counts the new problems right after, not in the same render', async () => {
    const input = await openLongDraft();
    const before = errorCount();

    // A plain DOM event, as the browser sends it (not wrapped in act(), which would flush every render):
    // the event's own render is committed before dispatchEvent returns.
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(input.value).toBe('');
    expect(errorCount()).toBe(before);

    await waitFor(() => expect(errorCount()).toBe(before + 1));
    expect(screen.getByText('API field is empty')).toBeTruthy();
  });

  it('shows the first keystroke after a save before the header says "Saving…" and offers Undo', async () => {
    const input = await openLongDraft();
    const status = screen.getByTestId('save-status');
    const undo = screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    expect(status.textContent).toBe('Saved');
    expect(undo.disabled).toBe(true);

    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'x');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(input.value).toBe('x');
    // The keystroke's own render leaves the header alone; it follows once that frame has been painted.
    expect(status.textContent).toBe('Saved');
    expect(undo.disabled).toBe(true);

    await waitFor(() => expect(status.textContent).toBe('Saving…'));
    expect(undo.disabled).toBe(false);
  });
});
