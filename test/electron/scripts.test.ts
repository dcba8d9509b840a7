import { describe, expect, it } from 'vitest';
import { ENTRIES, selectEntries } from '../../scripts/build-host.mjs';
import { ACCEPTED, readFindings, triage } from '../../scripts/check-electron.mjs';

const sarif = (results: Array<{ ruleId: string; uri: string; line?: number }>) => ({
  runs: [
    {
      results: results.map(({ ruleId, uri, line = 1 }) => ({
        ruleId,
        level: 'warning',
        message: { text: ruleId },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } }],
      })),
    },
  ],
});

describe('check-electron', () => {
  it('fails on any finding that was not reviewed for that exact file', () => {
    const findings = readFindings(
      sarif([
        { ruleId: 'CSP_GLOBAL_CHECK', uri: 'file:///' },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: 'main/security.ts', line: 19 },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: 'main/index.ts', line: 7 },
        { ruleId: 'NODE_INTEGRATION_JS_CHECK', uri: 'main/window.ts', line: 3 },
      ]),
    );
    const { failures, waived } = triage(findings);
    expect(waived.map((finding) => finding.check)).toEqual(['CSP_GLOBAL_CHECK', 'OPEN_EXTERNAL_JS_CHECK']);
    expect(failures).toEqual([
      expect.objectContaining({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.ts', line: 7 }),
      expect.objectContaining({ check: 'NODE_INTEGRATION_JS_CHECK', file: 'main/window.ts' }),
    ]);
  });

  it('gives every accepted finding a reason', () => {
    for (const entry of ACCEPTED) expect(entry.reason.length).toBeGreaterThan(20);
  });
});

describe('build-host', () => {
  it('always builds the shell and browser host, and optional programs only once they exist', () => {
    const none = selectEntries(ENTRIES, () => false).map((entry) => entry.outfile);
    expect(none).toEqual([
      'dist/electron/main.js',
      'dist/electron/preload.cjs',
      'dist/web/serve.js',
      'dist/workers/openapi-worker.js',
      'dist/workers/samples-csv-worker.js',
    ]);
    const all = selectEntries(ENTRIES, () => true).map((entry) => entry.outfile);
    expect(all).toContain('dist/emulator/serve.js');
    expect(all).toContain('dist/cli/webhook-studio.js');
  });

  it('builds the preload as CommonJS, as sandboxed preloads require', () => {
    const preload = ENTRIES.find((entry) => entry.outfile === 'dist/electron/preload.cjs');
    expect(preload?.options).toMatchObject({ format: 'cjs', external: ['electron'] });
  });
});
