/**
 * Renderer figures, measured in Chromium against the built browser shell with a draft of 1,000 request
 * parameters: time to first render on reload and on switching to it (median < 200 ms), keystroke-to-paint
 * in one of its rows (p95 < 16 ms, one frame: the idle wait for the display's refresh excluded, see
 * renderer-keys.ts), and the gzipped size of the initial bundle (< 130 KB).
 * Each line says "met" or "MISSED". `npx tsx bench/renderer.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ConsoleMessage, Page } from 'playwright-core';
import { openBrowser } from '../test/e2e/support/browser';
import { removeDataDir, startWebShell } from '../test/e2e/support/web-shell';
import { makeLargeDraft } from '../test/fixtures/large-draft';
import { summarize, timeBareInput, timeKeys, type KeySummary } from './renderer-keys';
import { fmt, median, verdict } from './stats';

/** The targets every line is judged against. */
export const RENDERER_TARGETS = { first_render_ms: 200, keystroke_p95_ms: 16, bundle_gzip_kb: 130 } as const;

const DIST = fileURLToPath(new URL('../dist/renderer/', import.meta.url));

/** Gzipped bytes of what index.html loads before first paint: scripts, module preloads and styles. */
export function initialBundleBytes(): number {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [...new Set(assets)].reduce(
    (sum, a) => sum + gzipSync(readFileSync(path.join(DIST, a)), { level: 9 }).length,
    0,
  );
}

async function call(origin: string, token: string, channel: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
  return body.value;
}

// Runs in the page before the app: stamps when the first mapping row appears and when it has been painted.
const FIRST_ROW_PROBE = `
  window.__firstRow = null;
  new MutationObserver((_, obs) => {
    if (document.querySelector('[aria-label="API field, row 1"]')) {
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        window.__firstRow = performance.now();
        console.debug('first-row ' + window.__firstRow);
      }, 0));
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * The probe's time for the next first row, read from the line it logs. Waiting on the log runs nothing in
 * the page; polling for the time (waitForFunction) would have the browser driver evaluate its own script
 * in the page while the app is starting, on the main thread the first render needs, which no admin has.
 */
function nextFirstRow(page: Page): Promise<number> {
  return new Promise((resolve) => {
    const onConsole = (message: ConsoleMessage) => {
      const m = /^first-row (\d+(?:\.\d+)?)$/.exec(message.text());
      if (!m) return;
      page.off('console', onConsole);
      resolve(Number(m[1]));
    };
    page.on('console', onConsole);
  });
}

// The host's own time for each answer of the reload (its Server-Timing header), by what was asked for.
const HOST_TIMES = `[performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
  .filter((e) => e.serverTiming.length > 0)
  .map((e) => [e.entryType === 'navigation' ? 'index.html' : new URL(e.name).pathname.split('/').pop(), e.serverTiming[0].duration])`;

/** The answers whose host time the bench reports: the app shell and what the first render waits for. */
const HOST_ANSWERS = ['index.html', 'app:start'];

/** What the renderer benchmark measured. */
export interface RendererBench {
  first_render_ms: number;
  /** Median host time (Server-Timing) per answer of a reload, for HOST_ANSWERS. */
  host_answer_ms: Record<string, number>;
  switch_render_ms: number;
  /** The app's share of keystroke-to-paint (the idle wait for the display's refresh excluded). */
  keystroke_median_ms: number;
  keystroke_p95_ms: number;
  keystroke: KeySummary;
  /** The same keys into a bare input on an empty page. */
  keystroke_bare_input: KeySummary;
  bundle_gzip_kb: number;
  lines: string[];
}

/** Measure in Chromium. */
export async function run(): Promise<RendererBench> {
  const shell = await startWebShell();
  const browser = await openBrowser();
  try {
    const token = new URL(shell.openUrl).hash.replace('#token=', '');
    // Both drafts hold rows, so neither opens on the new-domain start screen.
    const small = (await call(shell.origin, token, 'domains:create', { name: 'small', base_url: '' })) as {
      id: string;
    };
    await call(shell.origin, token, 'drafts:save', {
      draft: { ...makeLargeDraft(3), id: small.id, name: 'small' },
    });
    const big = (await call(shell.origin, token, 'domains:create', { name: 'big', base_url: '' })) as {
      id: string;
    };
    const draft = { ...makeLargeDraft(1000), id: big.id, name: 'big' };
    await call(shell.origin, token, 'drafts:save', { draft });
    const page = browser.page;
    await page.addInitScript(FIRST_ROW_PROBE);

    // Cold: open the app straight onto the big draft (it reopens the last domain).
    await page.goto(shell.openUrl);
    await page.getByRole('button', { name: 'big', exact: true }).click();
    await page.waitForFunction(
      () => (window as unknown as { __firstRow: number | null }).__firstRow !== null,
    );
    const firstRender: number[] = [];
    const hostTimes: Record<string, number[]> = {};
    for (let i = 0; i < 5; i++) {
      const firstRow = nextFirstRow(page);
      await page.reload();
      firstRender.push(await firstRow);
      const answers = (await page.evaluate(HOST_TIMES)) as [string, number][];
      for (const [name, ms] of answers) (hostTimes[name] ??= []).push(ms);
    }

    // Switching from a small draft to the big one.
    const switches: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: 'small', exact: true }).click();
      await page.getByRole('button', { name: 'Add request parameter' }).waitFor();
      const t = await page.evaluate(() => {
        (window as unknown as { __firstRow: number | null }).__firstRow = null;
        return performance.now();
      });
      await page.evaluate(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector('[aria-label="API field, row 1"]')) {
            obs.disconnect();
            requestAnimationFrame(() =>
              setTimeout(
                () => ((window as unknown as { __firstRow: number }).__firstRow = performance.now()),
                0,
              ),
            );
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.getByRole('button', { name: 'big', exact: true }).click();
      await page.waitForFunction(
        () => (window as unknown as { __firstRow: number | null }).__firstRow !== null,
      );
      switches.push(
        (await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow)) - t,
      );
    }

    // Keystroke to paint (see renderer-keys.ts for what each figure includes), then the same keys into a
    // bare input on an empty page, the floor of both figures in this browser.
    const input = page
      .getByRole('table', { name: 'Request Parameters' })
      .getByRole('textbox', { name: 'API field, row 1', exact: true });
    const keys = summarize(await timeKeys(page, input));
    const bare = summarize(await timeBareInput(page));
    const bundle = initialBundleBytes() / 1024;
    const fr = median(firstRender);
    const sw = median(switches);
    const kp = keys.work.p95;
    const T = RENDERER_TARGETS;
    const hostAnswers = Object.fromEntries(
      HOST_ANSWERS.filter((name) => hostTimes[name]).map((name) => [name, median(hostTimes[name]!)]),
    );
    return {
      first_render_ms: fr,
      host_answer_ms: hostAnswers,
      switch_render_ms: sw,
      keystroke_median_ms: keys.work.median,
      keystroke_p95_ms: kp,
      keystroke: keys,
      keystroke_bare_input: bare,
      bundle_gzip_kb: bundle,
      lines: [
        `first render  1,000-row draft  reload ${fmt(fr, 0)} ms, switch ${fmt(sw, 0)} ms  (target median < ${T.first_render_ms} ms: reload ${verdict(fr, T.first_render_ms)}; switch ${verdict(sw, T.first_render_ms)})`,
        `host answers  on reload (median host time, no target)  ${Object.entries(hostAnswers)
          .map(([name, ms]) => `${name} ${fmt(ms, 1)} ms`)
          .join(', ')}`,
        `keystroke     1,000-row draft  key to painted frame, less the idle wait for the display's refresh: median ${fmt(keys.work.median, 1)} ms  p95 ${fmt(kp, 1)} ms  (target p95 < ${T.keystroke_p95_ms} ms: ${verdict(kp, T.keystroke_p95_ms)})`,
        `              with that wait: median ${fmt(keys.total.median, 1)} ms  p95 ${fmt(keys.total.p95, 1)} ms;  a bare <input> on an empty page: ${fmt(bare.work.median, 1)} / ${fmt(bare.work.p95, 1)} ms less the wait, ${fmt(bare.total.median, 1)} / ${fmt(bare.total.p95, 1)} ms with it (median / p95, no target)`,
        `bundle        initial renderer ${fmt(bundle, 1)} KB gzipped  (target < ${T.bundle_gzip_kb} KB: ${verdict(bundle, T.bundle_gzip_kb)})`,
      ],
    };
  } finally {
    await browser.close();
    await shell.stop();
    removeDataDir(shell.dataDir);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  for (const line of result.lines) console.log(line);
}
