import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useProblems } from '../../renderer/features/problems/useProblems';
import { createAppStore } from '../../renderer/store/create-store';
import { StoreProvider } from '../../renderer/store/store-context';
import type { DomainDraft } from '../../shared/model/draft';
import { makeLargeDraft } from '../fixtures/large-draft';

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  cleanup();
});

let renders = 0;

function Probe() {
  renders++;
  return <output data-testid="errors">{useProblems().errors}</output>;
}

function errors(): number {
  return Number(screen.getByTestId('errors').textContent);
}

/** The draft as one keystroke leaves it: the first request row's API field set to `api_field`. */
function withFirstApiField(draft: DomainDraft, api_field: string): DomainDraft {
  const outgoing = draft.config.profile.outgoing;
  const [first, ...rest] = outgoing.request_parameters;
  if (!first) throw new Error('the large draft has request rows');
  const request_parameters = [{ ...first, api_field }, ...rest];
  const profile = { ...draft.config.profile, outgoing: { ...outgoing, request_parameters } };
  return { ...draft, config: { ...draft.config, profile } };
}

/** A store holding a 50-row draft, rendered into the probe that counts its renders. */
function renderProbe() {
  const store = createAppStore();
  const draft = { ...makeLargeDraft(50), id: 'd1', name: 'acme' };
  act(() => store.setState({ draft }));
  render(
    <StoreProvider store={store}>
      <Probe />
    </StoreProvider>,
  );
  return { store, draft };
}

/** Lets `n` tasks run, long enough for React to render a transition queued without a frame to wait for. */
async function tasks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((done) => setTimeout(done, 0));
}

describe('problems follow the draft', () => {
  it('leave a draft change to its own render, after the change has been committed', async () => {
    const { store, draft } = renderProbe();
    const before = errors();
    const rendersBefore = renders;

    // An edit as a keystroke makes it, outside act(): the components showing problems must not render
    // with the keystroke (the synchronous work React does for it, flushed by the end of microtasks).
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    store.setState({ draft: withFirstApiField(draft, '') });
    await Promise.resolve();
    await Promise.resolve();
    expect(renders).toBe(rendersBefore);

    await waitFor(() => expect(errors()).toBe(before + 1));
    store.autosave.dispose();
  });

  it('wait for the frame that paints the change, and catch up a burst of edits once', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const runFrames = () => frames.splice(0).forEach((callback) => callback(performance.now()));
    try {
      const { store, draft } = renderProbe();
      await act(async () => {
        runFrames();
        await tasks(2);
      });
      const before = errors();
      const rendersBefore = renders;

      // Three keystrokes before the browser gets to paint: nothing that shows problems renders, however
      // many tasks run, until the frame that shows them has been painted.
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
      store.setState({ draft: withFirstApiField(draft, 'a') });
      store.setState({ draft: withFirstApiField(draft, 'ab') });
      const last = withFirstApiField(draft, '');
      store.setState({ draft: last });
      await tasks(5);
      expect(renders).toBe(rendersBefore);
      expect(frames).toHaveLength(1);

      // Once painted, the problems of the latest draft follow in one render.
      runFrames();
      await waitFor(() => expect(errors()).toBe(before + 1));
      expect(renders).toBe(rendersBefore + 1);
      store.autosave.dispose();
    } finally {
      runFrames();
      vi.unstubAllGlobals();
    }
  });

  it('of a draft opened for the first time are found right after its first render, not in it', async () => {
    const store = createAppStore();
    const draft = { ...makeLargeDraft(50), id: 'd1', name: 'acme' };
    draft.config.profile.outgoing.request_parameters[0]!.api_field = '';
    act(() => store.setState({ draft }));
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const seen: number[] = [];
    function Recorder() {
      const found = useProblems().errors;
      seen.push(found);
      return <output data-testid="errors">{found}</output>;
    }
    render(
      <StoreProvider store={store}>
        <Recorder />
      </StoreProvider>,
    );
    // The first render shows no problems yet: the draft has not been checked.
    expect(seen[0]).toBe(0);
    await waitFor(() => expect(errors()).toBeGreaterThan(0));

    // A component mounted once the draft has been checked shows its problems from its first render.
    const later: number[] = [];
    function Late() {
      later.push(useProblems().errors);
      return null;
    }
    render(
      <StoreProvider store={store}>
        <Late />
      </StoreProvider>,
    );
    expect(later[0]).toBe(errors());
    store.autosave.dispose();
  });

  it('of a draft just opened wait for the frame that paints it, then follow in a render of their own', async () => {
    const store = createAppStore();
    // A frame an earlier test asked for is let through first: work waiting for it would ride on it.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // Frames are held back here, so nothing is painted until the test says so.
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    render(
      <StoreProvider store={store}>
        <Probe />
      </StoreProvider>,
    );
    try {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
      const draft = { ...makeLargeDraft(50), id: 'd1', name: 'acme' };
      draft.config.profile.outgoing.request_parameters[0]!.api_field = '';
      store.setState({ draft });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // A transition started at once would have checked it by now, before any frame painted its rows.
      expect(errors()).toBe(0);
      expect(frames.length).toBeGreaterThan(0);
      for (const frame of frames.splice(0)) frame(performance.now());
      await waitFor(() => expect(errors()).toBeGreaterThan(0));
    } finally {
      raf.mockRestore();
      store.autosave.dispose();
    }
  });
});
