import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer bundle. `base: './'` keeps every asset URL relative, so the same build loads from the
 * Electron `app://studio/` scheme and from the browser shell's loopback host.
 */
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The renderer imports shared/ from outside its root; allow the dev server to read it.
  server: { fs: { allow: [here] }, host: '127.0.0.1' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Source maps would ship the whole source in the installer; keep them for development builds only.
    sourcemap: mode !== 'production',
    target: 'es2023',
    // No inline scripts or data: modules — the production CSP allows only 'self' scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
}));
