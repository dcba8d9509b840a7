import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

describe('API description of a domain just opened', () => {
  it('is asked for once the frame showing the draft has been painted, not before', async () => {
    const host = new FakeHost();
    host.addDomain('acme');
    const beta = host.addDomain('beta');
    const { store } = await renderApp(host);
    await vi.waitFor(() => expect(host.callsOf('openapi:get')).toEqual([{ domain_id: 'd1' }]));

    // Frames are held back here, so nothing is painted until the test says so.
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    try {
      await act(() => store.getState().selectDomain(beta.id));
      await screen.findByRole('heading', { name: 'beta', level: 1 });
      await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
      expect(host.callsOf('openapi:get')).toEqual([{ domain_id: 'd1' }]);
      await act(async () => {
        for (const frame of frames.splice(0)) frame(performance.now());
      });
      await vi.waitFor(() =>
        expect(host.callsOf('openapi:get')).toEqual([{ domain_id: 'd1' }, { domain_id: beta.id }]),
      );
    } finally {
      raf.mockRestore();
    }
  });
});
