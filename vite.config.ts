import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The Electron shell's CSP (electron/main/app-protocol.ts) without frame-ancestors, which browsers
 * ignore in a <meta> tag. Kept literal because Vite's config loader wants no extension-less imports;
 * test/electron/csp-meta.test.ts fails if the two drift apart.
 */
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Writes the CSP into the built index.html too, so the browser shell enforces the same policy and a
 * violation shows up in the Chromium end-to-end tests, not first in Electron. Build only — the dev
 * server's hot reload needs inline scripts.
 */
export function contentSecurityPolicyMeta(): Plugin {
  const policy = META_CONTENT_SECURITY_POLICY;
  return {
    name: 'webhook-studio:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The renderer bundle. `base: './'` keeps every asset URL relative, so the same build loads from the
 * Electron `app://studio/` scheme and from the browser shell's loopback host.
 */
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  // `zod` means renderer/zod.ts: the library set up for the CSP before any schema is built, wherever the
  // schemas load (they are not in the first bundle; the import and API description code brings them).
  resolve: {
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('renderer/zod.ts', import.meta.url)) }],
  },
  // The renderer imports shared/ from outside its root; allow the dev server to read it.
  server: { fs: { allow: [here] }, host: '127.0.0.1' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Source maps would ship the whole source in the installer; keep them for development builds only.
    sourcemap: mode !== 'production',
    target: 'es2023',
    // Nothing inlined as data: URLs (fonts would break under the CSP); no injected polyfill code.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // What the first paint runs travels as one file, not as a dozen small ones each to be looked up,
    // linked and evaluated in turn; code shared with the lazily loaded parts is taken from it.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
}));
