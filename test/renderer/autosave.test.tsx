import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../../renderer/store/autosave';
import type { SaveStatus } from '../../renderer/store/types';
import { newDraft, type DomainDraft } from '../../shared/model/draft';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

const draft = (id: string, name: string): DomainDraft => newDraft(id, name, '', '2026-01-01T00:00:00Z');

afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosave', () => {
  it('saves once, after the debounce, the newest version', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_draft: DomainDraft) => ({ saved_at: 'now' }));
    const statuses: SaveStatus['state'][] = [];
    const autosave = createAutosave({ save, delayMs: 400, onStatus: (s) => statuses.push(s.state) });
    autosave.schedule(draft('a', 'v1'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule(draft('a', 'v2'));
    await vi.advanceTimersByTimeAsync(300);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toMatchObject({ name: 'v2' });
    expect(statuses.at(-1)).toBe('saved');
    expect(autosave.isDirty()).toBe(false);
  });

  it('sets a timer about once per debounce during a burst of keystrokes, not once per keystroke', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_draft: DomainDraft) => ({ saved_at: 'now' }));
    const autosave = createAutosave({ save, delayMs: 400, onStatus: () => undefined });
    const timers = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 20; i++) {
      autosave.schedule(draft('a', `v${i}`));
      await vi.advanceTimersByTimeAsync(30);
    }
    expect(timers).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(369);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toMatchObject({ name: 'v19' });
  });

  it('retries a failed save with growing waits and never drops the edit', async () => {
    vi.useFakeTimers();
    let failuresLeft = 2;
    const save = vi.fn(async (_draft: DomainDraft) => {
      if (failuresLeft-- > 0) throw new Error('Disk full');
      return { saved_at: 'now' };
    });
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({ save, delayMs: 400, onStatus: (s) => statuses.push(s) });
    autosave.schedule(draft('a', 'v1'));
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'Disk full', retryInMs: 1000 });
    expect(autosave.isDirty()).toBe(true);

    // An edit during the backoff is kept and is what the retry saves.
    autosave.schedule(draft('a', 'v2'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toMatchObject({ state: 'error', retryInMs: 2000 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(save.mock.calls[2]?.[0]).toMatchObject({ name: 'v2' });
    expect(statuses.at(-1)?.state).toBe('saved');
    expect(autosave.isDirty()).toBe(false);
  });

  it('flush saves at once, and each domain keeps its own pending version', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_draft: DomainDraft) => ({ saved_at: 'now' }));
    const autosave = createAutosave({ save, delayMs: 400, onStatus: () => {} });
    autosave.schedule(draft('a', 'A'));
    autosave.schedule(draft('b', 'B'));
    autosave.discard('b');
    await autosave.flush();
    expect(save.mock.calls.map((c) => c[0].name)).toEqual(['A']);
  });
});

describe('autosave in the app', () => {
  it('shows Saving…, then "Not saved — retrying" with the reason, then Saved', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme');
    const { store } = await renderApp(host, { saveDelayMs: 200 });
    const status = screen.getByTestId('save-status');
    expect(status.textContent).toBe('Saved');

    host.failNext('drafts:save', 1, { code: 'storage', message: 'The disk is full' });
    await user.click(screen.getByRole('checkbox', { name: 'Create User' }));
    await vi.waitFor(() => expect(status.textContent).toBe('Saving…'));
    await vi.waitFor(() => expect(status.textContent).toContain('Not saved — retrying'));
    expect(status.textContent).toContain('The disk is full');
    // The edit is still on screen and in the store while the host refuses it.
    expect((screen.getByRole('checkbox', { name: 'Create User' }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    await vi.waitFor(() => expect(status.textContent).toBe('Saved'));
    expect(host.drafts.get(domain.id)?.config.profile.outgoing.triggers).toEqual(['create_user']);
    expect(store.autosave.isDirty()).toBe(false);
  });

  it('saves typed text after a pause and flushes when the window loses focus', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme');
    await renderApp(host, { saveDelayMs: 60_000 });
    await user.click(screen.getByRole('button', { name: 'Add request parameter' }));
    const field = within(screen.getByRole('table', { name: 'Request Parameters' })).getByLabelText(
      'API field, row 1',
    );
    await user.type(field, 'workerId');
    expect(host.callsOf('drafts:save')).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event('blur'));
    });
    await vi.waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    expect(host.callsOf('drafts:save')).toHaveLength(1);
    expect(host.drafts.get(domain.id)?.config.profile.outgoing.request_parameters[0]?.api_field).toBe(
      'workerId',
    );
  });
});
