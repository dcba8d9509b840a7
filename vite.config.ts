import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/app-protocol';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes the Electron shell's CSP into the built index.html too, so the browser shell enforces the
 * same policy and a CSP violation shows up in the Chromium end-to-end tests, not first in Electron.
 * frame-ancestors is dropped: browsers ignore it in a <meta> tag (the app:// header still sends it).
 * Build only — the dev server's hot reload needs inline scripts.
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
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
  },
}));
