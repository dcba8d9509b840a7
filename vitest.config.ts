import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * One config, five projects, so each layer runs in the environment it ships in: shared code and host
 * services under Node, the Electron shell under Node with `electron` mocked, the UI under jsdom, and
 * the end-to-end suite against the built app in Chromium (`npm test` builds dist/ first).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    // Never let a test fetch the Electron runtime: `require('electron')` from a dependency (which
    // vi.mock cannot reach) would start a download. With this set, electron's launcher only returns a
    // path under a directory that does not exist.
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-runtime' },
    // Tests assert behaviour, not speed: a loaded 2-core CI machine must not turn a slow but correct
    // test (hundreds of randomised fault sequences, a windowed 1,000-row table) into a failure.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'services', include: ['test/services/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'electron', include: ['test/electron/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // Whole-app renders in jsdom; a busy 2-core CI machine needs more than the default 5 s.
          testTimeout: 20_000,
          setupFiles: ['test/renderer/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine is small and each test owns a browser profile.
          fileParallelism: false,
          globalSetup: ['scripts/e2e-global-setup.ts'],
        },
      },
    ],
  },
});
