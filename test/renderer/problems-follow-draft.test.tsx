import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useProblems } from '../../renderer/features/problems/useProblems';
import { createAppStore } from '../../renderer/store/create-store';
import { StoreProvider } from '../../renderer/store/store-context';
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

describe('problems follow the draft', () => {
  it('leave a draft change to its own render, after the change has been committed', async () => {
    const store = createAppStore();
    const draft = { ...makeLargeDraft(50), id: 'd1', name: 'acme' };
    act(() => store.setState({ draft }));
    render(
      <StoreProvider store={store}>
        <Probe />
      </StoreProvider>,
    );
    const before = errors();
    const rendersBefore = renders;

    // An edit as a keystroke makes it, outside act(): the components showing problems must not render
    // with the keystroke (the synchronous work React does for it, flushed by the end of microtasks).
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const outgoing = draft.config.profile.outgoing;
    const [first, ...rest] = outgoing.request_parameters;
    if (!first) throw new Error('the large draft has request rows');
    const request_parameters = [{ ...first, api_field: '' }, ...rest];
    const profile = { ...draft.config.profile, outgoing: { ...outgoing, request_parameters } };
    const edited = { ...draft, config: { ...draft.config, profile } };
    store.setState({ draft: edited });
    await Promise.resolve();
    await Promise.resolve();
    expect(renders).toBe(rendersBefore);

    await waitFor(() => expect(errors()).toBe(before + 1));
    store.autosave.dispose();
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
    render(
      <StoreProvider store={store}>
        <Probe />
      </StoreProvider>,
    );
    // Frames are held back here, so nothing is painted until the test says so.
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
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
