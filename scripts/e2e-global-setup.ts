import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HINT } from './find-chromium.mjs';

const required = ['dist/renderer/index.html', 'dist/web/serve.js'];

/** Fails the end-to-end project early, with the fix, when the app has not been built or no browser is found. */
export default function checkBuilt(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const missing = required.filter((file) => !existsSync(`${root}/${file}`));
  if (missing.length > 0) {
    throw new Error(
      `End-to-end tests run against the built app; missing ${missing.join(', ')}. Run \`npm run build\` first.`,
    );
  }
  const browser = findChromium();
  if (!browser.path) throw new Error(browser.error ?? INSTALL_HINT);
}
