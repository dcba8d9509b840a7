import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';

/** A component whose code loads on first use, and `preload` to fetch it before it is needed. */
export interface LazyComponent<P extends object> {
  Component: FunctionComponent<P>;
  preload(): Promise<unknown>;
}

const everyPreload: (() => Promise<unknown>)[] = [];

/** Fetches the code of every lazily loaded component now, so none of them suspends when first shown. */
export function preloadLazyComponents(): Promise<unknown> {
  return Promise.all(everyPreload.map((preload) => preload()));
}

/**
 * Splits a component into its own chunk. Render it inside a Suspense boundary. Once its code has
 * arrived (after `preload`, or an earlier use) it renders at once without suspending, so a component
 * preloaded while the draft loads never flashes its fallback or shifts the layout.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a failed download (e.g. the app was updated) may be retried
        throw error;
      },
    ));
  everyPreload.push(preload);
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));

  function Component(props: P) {
    // Decided once per mount: switching from the suspending wrapper to the loaded component would
    // remount it and lose its state.
    const [ready] = useState(() => loaded);
    return ready ? createElement(ready, props) : createElement(Suspending, props);
  }
  return { Component, preload };
}
