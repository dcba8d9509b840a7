import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../../../scripts/find-chromium.mjs';

// The same lookup `npm test` runs before any test: CHROMIUM_PATH, then the usual names on PATH.
const CHROMIUM = findChromium();
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh Chromium profile with one page. */
export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far (CSP violations land here). */
  errors: string[];
  close(): Promise<void>;
}

/** Launch Chromium (or Chrome) with a new, empty profile. */
export async function openBrowser(options: { acceptDownloads?: boolean } = {}): Promise<Browser> {
  if (!CHROMIUM.path) throw new Error(CHROMIUM.error ?? INSTALL_HINT);
  const profile = mkdtempSync(path.join(tmpdir(), 'whs-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM.path,
    headless: true,
    args: FLAGS,
    acceptDownloads: options.acceptDownloads ?? true,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
