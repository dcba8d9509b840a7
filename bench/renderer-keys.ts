/**
 * Keystroke-to-paint in Chromium, for the renderer bench. Every key is timed from its event's timestamp to
 * the task after the frame that shows it (the frame's style, layout and paint done, and whatever the app
 * queued before it). Two figures per key:
 *
 * - `total`: all of it, including the wait for the display's next refresh. A key lands anywhere in the
 *   16.7 ms between two refreshes, so that wait alone is spread evenly from 0 to 16.7 ms on a 60 Hz
 *   display, whatever the page does: no page, not even an empty input, has a p95 under 16 ms this way.
 * - `work`: the same less that wait, i.e. less the time the page sat idle between handling the key and the
 *   refresh that drew it (the frame's own start time, from requestAnimationFrame, minus the moment the
 *   input event had been handled). Time the page was busy past the refresh — a long render, a queued
 *   task — still counts, because the frame's start time is the refresh, not when the page got to it.
 *
 * The same keys into a bare `<input>` on an empty page in the same browser give the floor of both.
 */
import type { Locator, Page } from 'playwright-core';
import { median, percentile } from './stats';

/** One key's figures, in milliseconds. */
export interface KeyTiming {
  total: number;
  work: number;
}

/** Median and p95 of both figures. */
export interface KeySummary {
  total: { median: number; p95: number };
  work: { median: number; p95: number };
}

// Enough keys that the p95 is the 6th slowest, not the 2nd of 40, which one late frame decides alone.
const KEYS = 120;

// Installed in the page: the capture listener runs before the app's, the bubbling `input` listener on the
// document after React's (React listens on its root, inside the document), so `handled` is after the
// commit the key caused.
const PROBE = `(() => {
  window.__keys = [];
  document.addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    let handled = null;
    document.addEventListener('input', () => { handled = performance.now(); }, { once: true });
    requestAnimationFrame((frame) => setTimeout(() => {
      const total = performance.now() - start;
      const idle = handled === null ? 0 : Math.max(0, frame - handled);
      window.__keys.push({ total, work: total - idle });
    }, 0));
  }, true);
})()`;

/** Types KEYS characters into `input`, one at a time with a pause, and returns each key's figures. */
export async function timeKeys(page: Page, input: Locator): Promise<KeyTiming[]> {
  await input.click();
  await page.evaluate(PROBE);
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(30);
  }
  return (await page.evaluate('window.__keys')) as KeyTiming[];
}

/** The floor: the same keys into a bare input on an empty page. */
export async function timeBareInput(page: Page): Promise<KeyTiming[]> {
  await page.setContent('<!doctype html><input aria-label="bare">');
  return timeKeys(page, page.getByRole('textbox', { name: 'bare' }));
}

export function summarize(keys: readonly KeyTiming[]): KeySummary {
  const of = (xs: number[]) => ({ median: median(xs), p95: percentile(xs, 0.95) });
  return { total: of(keys.map((k) => k.total)), work: of(keys.map((k) => k.work)) };
}
