import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Settled from '../../renderer/features/publish/useSettled';
import { setRowField } from '../../renderer/store/draft-edits';
import type * as Plan from '../../shared/plan/plan';
import { withProfileOutgoing } from './support/draft-fixtures';
import { FakeHost } from './support/fake-host';
import { pulled } from './support/publish-fixtures';
import { renderApp } from './support/render-app';

// Counts how often the draft is compared with its base (once per webhook each time it is counted).
const compared = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../shared/plan/plan', async (load) => {
  const real = await load<typeof Plan>();
  return {
    ...real,
    diffContent: (...args: Parameters<typeof real.diffContent>) => {
      compared.calls++;
      return real.diffContent(...args);
    },
  };
});

// Counts the renders of the count: each render of it calls useSettled (once per value it follows).
const counted = vi.hoisted(() => ({ renders: 0 }));
vi.mock('../../renderer/features/publish/useSettled', async (load) => {
  const real = await load<typeof Settled>();
  return {
    ...real,
    useSettled: (...args: Parameters<typeof real.useSettled>) => {
      counted.renders++;
      return real.useSettled(...args);
    },
  };
});

describe('header: unpublished changes next to "Saved"', () => {
  it('counts the draft’s changes against its base as the plan would, and nothing before a pull', async () => {
    const host = new FakeHost();
    host.addDomain('acme', (d) => pulled(d, 12));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    const count = () => screen.getByTestId('unpublished-count').textContent;
    expect(count()).toBe('All published');
    store
      .getState()
      .edit((d) => withProfileOutgoing(d, { post_url: 'https://hr.example.com/next', triggers: [] }));
    expect(await screen.findByText('2 unpublished changes')).toBeTruthy();
  });

  it('shows no count for a domain never pulled', async () => {
    const host = new FakeHost();
    host.addDomain('fresh');
    await renderApp(host, { saveDelayMs: 0 });
    expect(await screen.findByTestId('save-status')).toBeTruthy();
    expect(screen.queryByTestId('unpublished-count')).toBeNull();
  });

  it('does not count against the old base once an imported file brought its own: the plan will', async () => {
    const host = new FakeHost();
    host.addDomain('acme', (d) => ({
      ...pulled(d, 12),
      file_base: { profile: { version: 14, fingerprint: `sha256:${'ab'.repeat(16)}` }, location: null },
    }));
    await renderApp(host, { saveDelayMs: 0 });
    expect(screen.getByTestId('unpublished-count').textContent).toBe(
      'On an imported file’s base: plan to count changes',
    );
  });

  it('counts again once typing pauses, not on every keystroke', async () => {
    const host = new FakeHost();
    host.addDomain('acme', (d) => pulled(d, 12));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    expect(screen.getByTestId('unpublished-count').textContent).toBe('All published');
    const rowId = store.getState().draft?.config.profile.outgoing.request_parameters[0]?.id ?? '';
    compared.calls = 0;
    for (const value of ['e', 'em', 'emp', 'empl', 'emplo']) {
      act(() =>
        store
          .getState()
          .edit((d) => setRowField(d, 'profile', 'request_parameters', rowId, 'api_field', value)),
      );
    }
    expect(compared.calls).toBe(0);
    // The renamed API field: one parameter gone, one new.
    expect(await screen.findByText('2 unpublished changes')).toBeTruthy();
    // The pulled webhook compared once, for the last version typed.
    expect(compared.calls).toBe(1);
  });

  it('is not re-rendered by keystrokes, only once typing has paused', async () => {
    const host = new FakeHost();
    host.addDomain('acme', (d) => pulled(d, 12));
    await renderApp(host);
    expect(screen.getByTestId('unpublished-count').textContent).toBe('All published');
    const table = screen.getByRole('table', { name: 'Request Parameters' });
    const input = within(table).getByLabelText('API field, row 1') as HTMLInputElement;
    counted.renders = 0;
    act(() => {
      for (const value of ['a', 'ab']) {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    expect(input.value).toBe('ab');
    expect(counted.renders).toBe(0);
    // Nor does the header's "Saving…" that follows them.
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saving…'));
    expect(counted.renders).toBe(0);
    expect(await screen.findByText(/unpublished change/)).toBeTruthy();
    expect(counted.renders).toBeGreaterThan(0);
  });
});
