import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from '../../renderer/components/lazy-component';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A module load the test finishes by hand. */
function manualLoad() {
  let finish: (ok: boolean) => void = () => undefined;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<typeof Greeting>((resolve, reject) => {
      finish = (ok) => (ok ? resolve(Greeting) : reject(new Error('chunk failed to load')));
    });
  };
  return { load, finish: (ok: boolean) => finish(ok), calls: () => calls };
}

const view = (Part: ReturnType<typeof lazyComponent<{ name: string }>>) => (
  <Suspense fallback={<p>Loading…</p>}>
    <Part.Component name="Ada" />
  </Suspense>
);

describe('lazyComponent', () => {
  it('shows the fallback until its code arrives, then the component', async () => {
    const chunk = manualLoad();
    const Part = lazyComponent(chunk.load);
    render(view(Part));
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => chunk.finish(true));
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
  });

  it('renders at once, without the fallback, once preloaded', async () => {
    const chunk = manualLoad();
    const Part = lazyComponent(chunk.load);
    const loading = Part.preload();
    chunk.finish(true);
    await loading;
    render(view(Part));
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(chunk.calls()).toBe(1);
  });

  it('loads once however often it is preloaded, and tries again after a failed download', async () => {
    const chunk = manualLoad();
    const Part = lazyComponent(chunk.load);
    const first = Part.preload();
    expect(Part.preload()).toBe(first);
    chunk.finish(false);
    await expect(first).rejects.toThrow('chunk failed to load');
    const second = Part.preload();
    expect(chunk.calls()).toBe(2);
    chunk.finish(true);
    await second;
    render(view(Part));
    expect(screen.getByText('Hello Ada')).toBeTruthy();
  });
});
