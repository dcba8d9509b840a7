import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configuredSource } from './support/draft-fixtures';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the Export button downloads, captured from the blob it hands the browser. */
async function exported(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  const created: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => (created.push(blob), 'blob:test'),
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await user.click(screen.getByRole('button', { name: 'Export' }));
  return (await created[0]?.text()) ?? '';
}

describe('draft JSON view', () => {
  it('shows exactly what Export writes, read-only, follows edits, and copies it', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('Acme Production', configuredSource);
    const { store } = await renderApp(host);
    const file = await exported(user);
    expect(file).toContain('"post_url": "https://hr.example.com/hook"');

    await user.click(screen.getByRole('button', { name: 'JSON' }));
    const dialog = screen.getByRole('dialog', { name: 'Draft as JSON' });
    expect(dialog.textContent).toContain('source.webhook.json');
    const view = within(dialog).getByRole('group', { name: 'Draft JSON' });
    expect(view.textContent).toBe(file);
    // Read-only: nothing in the dialog edits the draft.
    expect(within(dialog).queryByRole('textbox')).toBeNull();

    store.getState().edit((d) => ({ ...d, name: 'renamed' }));
    await waitFor(() => expect(JSON.parse(view.textContent ?? '{}')).toMatchObject({ name: 'renamed' }));

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(view.textContent);
    // The status is set once the clipboard's promise settles, which may be after the click returns.
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Copied.'));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
