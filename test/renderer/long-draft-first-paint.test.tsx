import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebhookEditor } from '../../renderer/features/editor/WebhookEditor';
import { createAppStore } from '../../renderer/store/create-store';
import { StoreProvider } from '../../renderer/store/store-context';
import { makeLargeDraft } from '../fixtures/large-draft';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Renders a webhook page, holding back every frame callback until `paint` is called. */
function renderHoldingFrames(rows: number) {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  const store = createAppStore();
  act(() => store.setState({ draft: { ...makeLargeDraft(rows), id: 'd1', name: 'acme' } }));
  act(() => {
    render(
      <StoreProvider store={store}>
        <WebhookEditor kind="profile" />
      </StoreProvider>,
    );
  });
  const paint = () => act(() => frames.splice(0).forEach((callback) => callback(performance.now())));
  return { store, paint };
}

const requestRows = () =>
  within(screen.getByRole('table', { name: 'Request Parameters' })).queryAllByLabelText(/^API field, row/);

describe('the first paint of a long draft', () => {
  it('shows the rows in view first, and what is out of view right after that paint', async () => {
    const { store, paint } = renderHoldingFrames(1000);
    // The request table's scroll area holds ten rows: they are all there, and nothing out of view is.
    expect(requestRows()).toHaveLength(10);
    expect(screen.queryByRole('table', { name: 'Response Parameters' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Input Parameters' })).toBeNull();

    paint();
    // The deferred part of a 1,000-row page renders in a transition: on a busy machine that takes a while.
    await waitFor(() => expect(screen.getByRole('table', { name: 'Input Parameters' })).toBeTruthy(), {
      timeout: 15_000,
    });
    expect(screen.getByRole('table', { name: 'Response Parameters' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Provisioning' })).toBeTruthy();
    expect(requestRows().length).toBeGreaterThan(10);
    store.autosave.dispose();
  });

  it('renders a short draft whole in its first render', () => {
    const { store } = renderHoldingFrames(20);
    expect(requestRows()).toHaveLength(20);
    expect(screen.getByRole('table', { name: 'Response Parameters' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Input Parameters' })).toBeTruthy();
    store.autosave.dispose();
  });
});
