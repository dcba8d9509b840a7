import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const INDEX = fileURLToPath(new URL('../../dist/renderer/index.html', import.meta.url));

describe('the built app shell', () => {
  it("loads the first paint's code as one module, beside the bundler's runtime, not a dozen", () => {
    const html = readFileSync(INDEX, 'utf8');
    const scripts = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\.\/assets\/index-[\w-]{8}\.js$/);
    expect(
      preloads.every((href) => /\/rolldown-runtime-[\w-]{8}\.js$/.test(href ?? '')),
      preloads.join(),
    ).toBe(true);
  });
});
